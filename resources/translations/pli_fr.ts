<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="54"/>
        <location filename="../../client/ui/dialogs/verification.py" line="55"/>
        <location filename="../../client/ui/verification_controller.py" line="442"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="33"/>
        <location filename="../../client/ui/dialogs/settings.py" line="34"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="29"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="39"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="41"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="43"/>
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="52"/>
        <source>About this setting</source>
        <translation>À propos de ce réglage</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="64"/>
        <source>A new language applies the next time Pli starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Pli.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="66"/>
        <source>Show &amp;desktop notifications</source>
        <translation>Afficher les notifications de &amp;bureau</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="67"/>
        <source>Show desktop notifications</source>
        <translation>Afficher les notifications de bureau</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="69"/>
        <source>For direct chats, mentions of you and your keywords; muted conversations never.</source>
        <translation>Pour les conversations privées, les mentions de vous et vos mots-clés ; jamais pour les conversations en sourdine.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="74"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="76"/>
        <source>Keywords that notify</source>
        <translation>Mots-clés qui déclenchent une notification</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="77"/>
        <source>For example: crise, urgent</source>
        <translation>Par exemple : crise, urgent</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="85"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="86"/>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="89"/>
        <location filename="../../client/ui/dialogs/verification.py" line="75"/>
        <location filename="../../client/ui/dialogs/verification.py" line="185"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="90"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="107"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>Les paramètres n’ont pas pu être enregistrés : {reason}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="76"/>
        <source>Cancel the verification</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="101"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="101"/>
        <source>Accept the verification</source>
        <translation>Accepter la vérification</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="104"/>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="104"/>
        <source>Decline the verification</source>
        <translation>Refuser la vérification</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="115"/>
        <source>Scan their code with the ca&amp;mera…</source>
        <translation>Scanner leur code avec la ca&amp;méra…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="116"/>
        <source>Scan the other device&apos;s code</source>
        <translation>Scanner le code de l’autre appareil</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="119"/>
        <source>&amp;Scan their code from an image…</source>
        <translation>&amp;Lire leur code depuis une image…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="120"/>
        <source>Scan the other device&apos;s code from an image file</source>
        <translation>Lire le code de l’autre appareil depuis un fichier image</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="123"/>
        <source>Compare &amp;emoji instead</source>
        <translation>Comparer des &amp;émojis à la place</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="123"/>
        <source>Compare emoji instead</source>
        <translation>Comparer des émojis à la place</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="136"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="137"/>
        <source>Back to the code</source>
        <translation>Revenir au code</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="150"/>
        <source>They &amp;match</source>
        <translation>Ils &amp;correspondent</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="150"/>
        <source>The emoji match</source>
        <translation>Les émojis correspondent</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="153"/>
        <source>They do&amp;n&apos;t match</source>
        <translation>Ils ne correspondent &amp;pas</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="153"/>
        <source>The emoji do not match</source>
        <translation>Les émojis ne correspondent pas</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="162"/>
        <source>&amp;Yes, it says verified</source>
        <translation>&amp;Oui, il indique « vérifié »</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="162"/>
        <source>The other device confirmed</source>
        <translation>L’autre appareil a confirmé</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="165"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="165"/>
        <source>The other device did not confirm</source>
        <translation>L’autre appareil n’a pas confirmé</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="182"/>
        <location filename="../../client/ui/verification_controller.py" line="141"/>
        <source>your other device</source>
        <translation>votre autre appareil</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="28"/>
        <source>✔ Verified</source>
        <translation>✔ Vérifié</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="29"/>
        <source>✔ Verified by its owner</source>
        <translation>✔ Vérifié par son propriétaire</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="30"/>
        <source>⚠ Not verified</source>
        <translation>⚠ Non vérifié</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="52"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="26"/>
        <source>My devices</source>
        <translation>Mes appareils</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="52"/>
        <source>Devices of {user}</source>
        <translation>Appareils de {user}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="61"/>
        <location filename="../../client/ui/verification_controller.py" line="386"/>
        <source>I &amp;understand</source>
        <translation>J’ai &amp;compris</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="62"/>
        <source>Acknowledge the changed security key</source>
        <translation>Prendre acte du changement de clé de sécurité</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="67"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="67"/>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="67"/>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="67"/>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="68"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="74"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="45"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="75"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="46"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="82"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="82"/>
        <source>Rename the selected device</source>
        <translation>Renommer l’appareil sélectionné</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="83"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="83"/>
        <source>Verify the selected device</source>
        <translation>Vérifier l’appareil sélectionné</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="84"/>
        <source>&amp;Sign out…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="84"/>
        <source>Sign the selected device out</source>
        <translation>Déconnecter l’appareil sélectionné</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="87"/>
        <source>&amp;Verify this person…</source>
        <translation>&amp;Vérifier cette personne…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="87"/>
        <source>Verify this person</source>
        <translation>Vérifier cette personne</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="96"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="144"/>
        <location filename="../../client/ui/dialogs/security_settings.py" line="44"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="55"/>
        <location filename="../../client/ui/dialogs/verification.py" line="185"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="97"/>
        <source>Close the device list</source>
        <translation>Fermer la liste des appareils</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="108"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="110"/>
        <source>{name} (this device)</source>
        <translation>{name} (cet appareil)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="127"/>
        <source>⚠ The security key of {user} has changed. They may have reset their account, or someone may be impersonating them. Their devices are not trusted until you verify them again.</source>
        <translation>⚠ La clé de sécurité de {user} a changé. Cette personne a peut-être réinitialisé son compte, ou quelqu’un se fait passer pour elle. Ses appareils ne sont plus considérés comme fiables tant que vous ne l’avez pas vérifiée à nouveau.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="189"/>
        <source>Verification request</source>
        <translation>Demande de vérification</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="191"/>
        <source>{who} wants to verify with you. Accept only if you are in touch with them right now, in person or by a call you trust.</source>
        <translation>{who} souhaite procéder à une vérification avec vous. N’acceptez que si vous êtes en contact avec cette personne en ce moment, en personne ou par un appel de confiance.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="203"/>
        <source>Scan this code with {who}, or scan theirs.</source>
        <translation>Scannez ce code avec {who}, ou scannez le sien.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="205"/>
        <source>Scan the code shown by {who}, or compare emoji.</source>
        <translation>Scannez le code affiché par {who}, ou comparez des émojis.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="206"/>
        <location filename="../../client/ui/dialogs/verification.py" line="238"/>
        <source>Verify {who}</source>
        <translation>Vérifier {who}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="213"/>
        <source>Compare the emoji</source>
        <translation>Comparez les émojis</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="214"/>
        <source>Check that {who} shows the same emoji, in the same order.</source>
        <translation>Vérifiez que {who} affiche les mêmes émojis, dans le même ordre.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="219"/>
        <source>Code scanned</source>
        <translation>Code scanné</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="220"/>
        <source>Does {who} show that the code was scanned successfully?</source>
        <translation>{who} indique-t-il que le code a bien été scanné ?</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="224"/>
        <source>This device and your other device now trust each other.</source>
        <translation>Cet appareil et votre autre appareil se font désormais confiance.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="226"/>
        <source>{who} is verified. Their messages show as trusted.</source>
        <translation>{who} est vérifié. Ses messages apparaissent comme fiables.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="228"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="236"/>
        <source>Verification failed</source>
        <translation>La vérification a échoué</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="242"/>
        <source>Waiting for the other device to accept…</source>
        <translation>En attente de l’acceptation de l’autre appareil…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="243"/>
        <source>Exchanging keys…</source>
        <translation>Échange des clés…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="244"/>
        <source>Waiting for the other device to confirm the emoji…</source>
        <translation>En attente de la confirmation des émojis par l’autre appareil…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="245"/>
        <source>The code matches. Waiting for the other device to confirm…</source>
        <translation>Le code correspond. En attente de la confirmation de l’autre appareil…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="246"/>
        <source>Waiting for the other device to finish…</source>
        <translation>En attente de la fin sur l’autre appareil…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="247"/>
        <source>Please wait…</source>
        <translation>Veuillez patienter…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="264"/>
        <source>Scan their code</source>
        <translation>Scanner leur code</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="265"/>
        <source>Point the camera at the code on the other device, or read it from the screen.</source>
        <translation>Dirigez la caméra vers le code de l’autre appareil, ou lisez-le depuis l’écran.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="285"/>
        <source>Open a picture of the code</source>
        <translation>Ouvrir une image du code</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="285"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="295"/>
        <source>No verification code was found in this picture.</source>
        <translation>Aucun code de vérification n’a été trouvé dans cette image.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="73"/>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="74"/>
        <source>Verify &amp;this device…</source>
        <translation>Vérifier ce&amp;t appareil…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="76"/>
        <source>Verify this device with another of your devices</source>
        <translation>Vérifier cet appareil avec un autre de vos appareils</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="79"/>
        <source>Verify this &amp;contact…</source>
        <translation>Vérifier ce &amp;contact…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="81"/>
        <source>Verify the person in this direct chat</source>
        <translation>Vérifier la personne de cette conversation privée</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="86"/>
        <source>My &amp;devices…</source>
        <translation>Mes &amp;appareils…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="88"/>
        <source>See, verify, rename or sign out your devices</source>
        <translation>Voir, vérifier, renommer ou déconnecter vos appareils</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="90"/>
        <source>&amp;Contact&apos;s security…</source>
        <translation>Sécurité du &amp;contact…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="92"/>
        <source>See the devices of the person in this direct chat and verify them</source>
        <translation>Voir les appareils de la personne de cette conversation privée et les vérifier</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="100"/>
        <source>Set up secure &amp;backup…</source>
        <translation>Configurer la &amp;sauvegarde sécurisée…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="101"/>
        <source>Create a recovery key that keeps your history safe</source>
        <translation>Créer une clé de récupération qui protège votre historique</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="103"/>
        <source>&amp;Read your history…</source>
        <translation>&amp;Lire votre historique…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="104"/>
        <source>Unlock your history with your recovery key</source>
        <translation>Déverrouiller votre historique avec votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="19"/>
        <location filename="../../client/ui/dialogs/security_settings.py" line="20"/>
        <source>Security settings</source>
        <translation>Paramètres de sécurité</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="23"/>
        <source>Checking your secure backup…</source>
        <translation>Vérification de votre sauvegarde sécurisée…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="25"/>
        <source>Secure backup status</source>
        <translation>État de la sauvegarde sécurisée</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="29"/>
        <source>Set &amp;up secure backup…</source>
        <translation>Configurer la sa&amp;uvegarde sécurisée…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="29"/>
        <source>Set up secure backup</source>
        <translation>Configurer la sauvegarde sécurisée</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="32"/>
        <source>&amp;Change the recovery key or passphrase…</source>
        <translation>&amp;Changer la clé de récupération ou la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="33"/>
        <source>Change the recovery key or passphrase</source>
        <translation>Changer la clé de récupération ou la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="35"/>
        <source>&amp;Reset the backup…</source>
        <translation>&amp;Réinitialiser la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="35"/>
        <location filename="../../client/ui/verification_controller.py" line="548"/>
        <source>Reset the backup</source>
        <translation>Réinitialiser la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="36"/>
        <location filename="../../client/ui/dialogs/signed_out.py" line="35"/>
        <location filename="../../client/ui/verification_controller.py" line="109"/>
        <source>&amp;Export message keys…</source>
        <translation>E&amp;xporter les clés des messages…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="45"/>
        <source>Close the security settings</source>
        <translation>Fermer les paramètres de sécurité</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="51"/>
        <source>Secure backup is off: a new computer could not read your history.</source>
        <translation>La sauvegarde sécurisée est désactivée : un nouvel ordinateur ne pourrait pas lire votre historique.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="54"/>
        <source>Secure backup is on, but this device cannot add to it yet. Unlock it with your recovery key or verify this device.</source>
        <translation>La sauvegarde sécurisée est active, mais cet appareil ne peut pas encore y contribuer. Déverrouillez-la avec votre clé de récupération ou vérifiez cet appareil.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="59"/>
        <source>Secure backup is on: {done} of {total} message keys of this device are backed up.</source>
        <translation>La sauvegarde sécurisée est active : {done} clés de messages sur {total} de cet appareil sont sauvegardées.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="111"/>
        <source>Save your message keys to a file protected by a passphrase</source>
        <translation>Enregistrer les clés de vos messages dans un fichier protégé par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="37"/>
        <location filename="../../client/ui/verification_controller.py" line="114"/>
        <source>&amp;Import message keys…</source>
        <translation>I&amp;mporter des clés de messages…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="66"/>
        <source>Verification requests waiting</source>
        <translation>Demandes de vérification en attente</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="68"/>
        <source>Identity changed</source>
        <translation>Identité modifiée</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="116"/>
        <source>Read message keys from a file exported by Pli or Element</source>
        <translation>Lire des clés de messages depuis un fichier exporté par Pli ou Element</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="122"/>
        <source>Security &amp;settings…</source>
        <translation>&amp;Paramètres de sécurité…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="123"/>
        <source>Secure backup status, recovery key, key files</source>
        <translation>État de la sauvegarde, clé de récupération, fichiers de clés</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="143"/>
        <source>Verification complete: {who} is verified.</source>
        <translation>Vérification terminée : {who} est vérifié.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="169"/>
        <source>A verification request from {who} is waiting.</source>
        <translation>Une demande de vérification de {who} est en attente.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="171"/>
        <source>{count} verification requests are waiting (from {who}).</source>
        <translation>{count} demandes de vérification sont en attente (de {who}).</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="179"/>
        <source>&amp;Review</source>
        <translation>&amp;Examiner</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="179"/>
        <source>Decline &amp;all</source>
        <translation>&amp;Tout refuser</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="239"/>
        <source>Open a direct chat with the person you want to verify.</source>
        <translation>Ouvrez une conversation privée avec la personne à vérifier.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="319"/>
        <source>Rename device</source>
        <translation>Renommer l’appareil</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="319"/>
        <source>New name for {device}:</source>
        <translation>Nouveau nom pour {device} :</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="334"/>
        <source>Sign out a device</source>
        <translation>Déconnecter un appareil</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="335"/>
        <source>Sign the device {device} out? It loses access to your messages.</source>
        <translation>Déconnecter l’appareil {device} ? Il perdra l’accès à vos messages.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="378"/>
        <source>{who}&apos;s identity has changed since you verified them. Messages to this conversation are held until you decide.</source>
        <translation>L’identité de {who} a changé depuis que vous l’avez vérifiée. Les messages de cette conversation sont retenus jusqu’à votre décision.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="387"/>
        <source>&amp;Verify again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="406"/>
        <source>The server showed two different sets of keys for your device {device}. Pli sends it no keys and no secrets: this may be an attack.</source>
        <translation>Le serveur a montré deux jeux de clés différents pour votre appareil {device}. Pli ne lui envoie ni clés ni secrets : il peut s’agir d’une attaque.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="411"/>
        <source>The server showed two different sets of keys for the device {device} of {user}. Pli sends it no message keys: this may be an attack.</source>
        <translation>Le serveur a montré deux jeux de clés différents pour l’appareil {device} de {user}. Pli ne lui envoie aucune clé de message : il peut s’agir d’une attaque.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="416"/>
        <source>Sign that device out, then sign in on it again; verify it once more.</source>
        <translation>Déconnectez cet appareil, puis reconnectez-vous dessus ; vérifiez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="418"/>
        <source>Ask {user} to sign that device out and sign in on it again.</source>
        <translation>Demandez à {user} de déconnecter cet appareil et de s’y reconnecter.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="422"/>
        <source>Security warning</source>
        <translation>Alerte de sécurité</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="449"/>
        <source>Confirm your identity</source>
        <translation>Confirmez votre identité</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="450"/>
        <source>Type your password to confirm:</source>
        <translation>Saisissez votre mot de passe pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="465"/>
        <source>Trust records reset</source>
        <translation>Registre de confiance réinitialisé</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="467"/>
        <source>The file where Pli keeps which people and devices you verified was damaged or altered, so Pli no longer trusts any of them. Verify your contacts and devices again; tell your IT security contact if you did not expect this.</source>
        <translation>Le fichier où Pli conserve les personnes et appareils que vous avez vérifiés était endommagé ou modifié : Pli ne fait donc plus confiance à aucun d’eux. Vérifiez à nouveau vos contacts et vos appareils ; prévenez votre correspondant sécurité informatique si vous ne vous y attendiez pas.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="494"/>
        <source>Verify this device</source>
        <translation>Vérifier cet appareil</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="496"/>
        <source>Your account is used on another device. Verify this one with it now, so that your contacts and your other devices can trust it?</source>
        <translation>Votre compte est utilisé sur un autre appareil. Vérifier celui-ci avec lui maintenant, pour que vos contacts et vos autres appareils puissent lui faire confiance ?</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="550"/>
        <source>Start a new backup with a new recovery key? Keys only in the old backup and on no device of yours will be lost.</source>
        <translation>Démarrer une nouvelle sauvegarde avec une nouvelle clé de récupération ? Les clés présentes uniquement dans l’ancienne sauvegarde et sur aucun de vos appareils seront perdues.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="561"/>
        <source>Passphrase of the key file:</source>
        <translation>Phrase secrète du fichier de clés :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="36"/>
        <location filename="../../client/ui/verification_controller.py" line="568"/>
        <location filename="../../client/ui/verification_controller.py" line="574"/>
        <source>Export message keys</source>
        <translation>Exporter les clés des messages</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="576"/>
        <source>Exporting message keys…</source>
        <translation>Export des clés des messages…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="580"/>
        <source>{count} message keys exported.</source>
        <translation>{count} clés de messages exportées.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="37"/>
        <location filename="../../client/ui/verification_controller.py" line="588"/>
        <location filename="../../client/ui/verification_controller.py" line="593"/>
        <source>Import message keys</source>
        <translation>Importer des clés de messages</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="595"/>
        <source>Importing message keys…</source>
        <translation>Import des clés de messages…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="600"/>
        <source>{count} message keys imported.</source>
        <translation>{count} clés de messages importées.</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="52"/>
        <source>QR code scanner</source>
        <translation>Lecteur de code QR</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="57"/>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="60"/>
        <source>Read the code from the &amp;screen</source>
        <translation>Lire le code à l’&amp;écran</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="61"/>
        <source>Read the code from the screen</source>
        <translation>Lire le code à l’écran</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="84"/>
        <source>No camera found. Show the code on this screen and read it from the screen, or open a picture of it.</source>
        <translation>Aucune caméra trouvée. Affichez le code sur cet écran et lisez-le à l’écran, ou ouvrez une image du code.</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="93"/>
        <source>Hold the other device&apos;s code in front of the camera.</source>
        <translation>Présentez le code de l’autre appareil devant la caméra.</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="103"/>
        <source>The camera cannot be used. Read the code from the screen instead.</source>
        <translation>La caméra ne peut pas être utilisée. Lisez plutôt le code à l’écran.</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="143"/>
        <source>No verification code is visible on the screen.</source>
        <translation>Aucun code de vérification n’est visible à l’écran.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="42"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="52"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="53"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="153"/>
        <source>Secure your messages</source>
        <translation>Sécurisez vos messages</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="81"/>
        <source>Optional: a passphrase you will remember</source>
        <translation>Facultatif : une phrase secrète dont vous vous souviendrez</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="82"/>
        <source>Passphrase (optional)</source>
        <translation>Phrase secrète (facultative)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="84"/>
        <source>&amp;Create my recovery key</source>
        <translation>&amp;Créer ma clé de récupération</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="85"/>
        <source>Create my recovery key</source>
        <translation>Créer ma clé de récupération</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="87"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="88"/>
        <source>Set up secure backup later</source>
        <translation>Configurer la sauvegarde sécurisée plus tard</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="107"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="162"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="111"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="111"/>
        <source>Copy the recovery key</source>
        <translation>Copier la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="112"/>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="112"/>
        <source>Save the recovery key to a file</source>
        <translation>Enregistrer la clé de récupération dans un fichier</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="113"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="113"/>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="120"/>
        <source>I have &amp;kept it</source>
        <translation>Je l’ai &amp;conservée</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="121"/>
        <source>I have kept the recovery key</source>
        <translation>J’ai conservé la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="128"/>
        <source>Type your recovery key</source>
        <translation>Saisissez votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="131"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="132"/>
        <source>Check the recovery key</source>
        <translation>Vérifier la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="134"/>
        <source>&amp;Show it again</source>
        <translation>L’&amp;afficher à nouveau</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="135"/>
        <source>Show the recovery key again</source>
        <translation>Afficher à nouveau la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="145"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="56"/>
        <location filename="../../client/ui/views/find_bar.py" line="41"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="155"/>
        <source>Pli keeps an encrypted copy of your message keys on your server, so that a new or replaced computer can read your history. It is locked with a recovery key that only you keep. You may add a passphrase too.</source>
        <translation>Pli conserve une copie chiffrée des clés de vos messages sur votre serveur, pour qu’un ordinateur neuf ou remplacé puisse lire votre historique. Elle est verrouillée par une clé de récupération que vous seul conservez. Vous pouvez aussi ajouter une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="160"/>
        <source>Securing your messages…</source>
        <translation>Sécurisation de vos messages…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="160"/>
        <source>This takes a few seconds.</source>
        <translation>Cela prend quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="164"/>
        <source>Keep it somewhere safe, away from this computer: a password manager, or on paper in a locked drawer. Anyone with it can read your messages. Pli shows it only now.</source>
        <translation>Conservez-la en lieu sûr, hors de cet ordinateur : un gestionnaire de mots de passe, ou sur papier dans un tiroir fermé à clé. Quiconque la possède peut lire vos messages. Pli ne l’affiche qu’une seule fois.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="169"/>
        <source>Check your recovery key</source>
        <translation>Vérifiez votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="169"/>
        <source>Type or paste it to check you kept it.</source>
        <translation>Saisissez-la ou collez-la pour vérifier que vous l’avez conservée.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="171"/>
        <source>Your messages are secured</source>
        <translation>Vos messages sont sécurisés</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="173"/>
        <source>Your message keys are backed up. On a new computer, sign in and use your recovery key to read your history.</source>
        <translation>Les clés de vos messages sont sauvegardées. Sur un nouvel ordinateur, connectez-vous et utilisez votre clé de récupération pour lire votre historique.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="206"/>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="220"/>
        <source>Pli recovery key</source>
        <translation>Clé de récupération Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="233"/>
        <source>That is not the same key. Look again, or show it again.</source>
        <translation>Ce n’est pas la même clé. Vérifiez à nouveau, ou affichez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="250"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="251"/>
        <source>Read your history</source>
        <translation>Lire votre historique</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="256"/>
        <source>This is a new device. Type your recovery key or your passphrase to read your earlier messages, or verify it with another of your devices.</source>
        <translation>C’est un nouvel appareil. Saisissez votre clé de récupération ou votre phrase secrète pour lire vos anciens messages, ou vérifiez-le avec un autre de vos appareils.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="265"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="266"/>
        <source>Recovery key or passphrase</source>
        <translation>Clé de récupération ou phrase secrète</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="272"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="273"/>
        <source>Unlock with the recovery key or passphrase</source>
        <translation>Déverrouiller avec la clé de récupération ou la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="276"/>
        <source>&amp;Verify with another device</source>
        <translation>&amp;Vérifier avec un autre appareil</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="277"/>
        <source>Verify with another device instead</source>
        <translation>Vérifier plutôt avec un autre appareil</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="279"/>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="280"/>
        <source>Skip for now</source>
        <translation>Ignorer pour l’instant</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="301"/>
        <source>Done: {count} message keys restored.</source>
        <translation>Terminé : {count} clés de messages restaurées.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="12"/>
        <source>Jump to a conversation</source>
        <translation>Aller à une conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="13"/>
        <source>Next conversation</source>
        <translation>Conversation suivante</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="14"/>
        <source>Previous conversation</source>
        <translation>Conversation précédente</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="16"/>
        <source>New direct chat</source>
        <translation>Nouvelle conversation privée</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="17"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="17"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="18"/>
        <source>New line in a message</source>
        <translation>Nouvelle ligne dans un message</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="18"/>
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="19"/>
        <source>Leave the message box</source>
        <translation>Quitter la zone de saisie</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="19"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="20"/>
        <source>Edit my last message (empty message box)</source>
        <translation>Modifier mon dernier message (zone de saisie vide)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="20"/>
        <source>Up</source>
        <translation>Flèche haut</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="21"/>
        <source>Stop replying or editing</source>
        <translation>Arrêter la réponse ou la modification</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="22"/>
        <source>Reply to the selected message</source>
        <translation>Répondre au message sélectionné</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="23"/>
        <source>React to the selected message</source>
        <translation>Réagir au message sélectionné</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="24"/>
        <source>Edit the selected message (mine)</source>
        <translation>Modifier le message sélectionné (le mien)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="25"/>
        <source>Actions on the selected message</source>
        <translation>Actions sur le message sélectionné</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="25"/>
        <source>Menu or Shift+F10</source>
        <translation>Menu ou Maj+F10</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="27"/>
        <source>Verify this contact</source>
        <translation>Vérifier ce contact</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="28"/>
        <source>Close a dialog</source>
        <translation>Fermer une boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="21"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="28"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="30"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="38"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="39"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="31"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="43"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="43"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="25"/>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="15"/>
        <location filename="../../client/ui/views/find_bar.py" line="28"/>
        <source>Find in this conversation</source>
        <translation>Rechercher dans cette conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="30"/>
        <source>Enter: older match, Shift+Enter: newer match, Esc: close</source>
        <translation>Entrée : résultat plus ancien, Maj+Entrée : plus récent, Échap : fermer</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="32"/>
        <source>Find in this conversation…</source>
        <translation>Rechercher dans cette conversation…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="36"/>
        <source>Find result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="37"/>
        <source>&amp;Older</source>
        <translation>Plus an&amp;cien</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="38"/>
        <source>Previous match (older)</source>
        <translation>Résultat précédent (plus ancien)</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="39"/>
        <source>Ne&amp;wer</source>
        <translation>Plus réc&amp;ent</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="40"/>
        <source>Next match (newer)</source>
        <translation>Résultat suivant (plus récent)</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="42"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="69"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="71"/>
        <source>{position} of {count}</source>
        <translation>{position} sur {count}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="19"/>
        <location filename="../../client/ui/dialogs/signed_out.py" line="20"/>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="25"/>
        <source>This device was signed out by the server or from another device. Your messages and keys on this computer are kept until you decide. Export your message keys first if you may need to read this history elsewhere.</source>
        <translation>Cet appareil a été déconnecté par le serveur ou depuis un autre appareil. Vos messages et vos clés restent sur cet ordinateur jusqu’à votre décision. Exportez d’abord vos clés de messages si vous pourriez avoir besoin de lire cet historique ailleurs.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="32"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="36"/>
        <source>Export message keys to a file</source>
        <translation>Exporter les clés des messages dans un fichier</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="38"/>
        <source>&amp;Delete the local data</source>
        <translation>&amp;Supprimer les données locales</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="39"/>
        <source>Delete this device&apos;s messages and keys</source>
        <translation>Supprimer les messages et les clés de cet appareil</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="41"/>
        <source>&amp;Quit and keep the data</source>
        <translation>&amp;Quitter en gardant les données</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="42"/>
        <source>Quit Pli and keep the data</source>
        <translation>Quitter Pli en gardant les données</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="26"/>
        <source>Protect your keys</source>
        <translation>Protéger vos clés</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="26"/>
        <source>Open your keys</source>
        <translation>Ouvrir vos clés</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="33"/>
        <source>This computer has no system keyring. Your organisation allows Pli to keep your encryption keys in a file protected by a passphrase. Choose one that you do not use anywhere else: anyone who has this file and the passphrase can read your messages. If you forget it, you will have to sign in again.</source>
        <translation>Cet ordinateur n’a pas de trousseau système. Votre organisation autorise Pli à conserver vos clés de chiffrement dans un fichier protégé par une phrase secrète. Choisissez-en une que vous n’utilisez nulle part ailleurs : quiconque possède ce fichier et la phrase secrète peut lire vos messages. Si vous l’oubliez, vous devrez vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="39"/>
        <source>Type the passphrase that protects your encryption keys on this computer.</source>
        <translation>Saisissez la phrase secrète qui protège vos clés de chiffrement sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="43"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="48"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="49"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="52"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="54"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="60"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="65"/>
        <source>Opening the keys</source>
        <translation>Ouverture des clés</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="80"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../client/ui/controller.py" line="60"/>
        <source>Starting Pli</source>
        <translation>Démarrage de Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="62"/>
        <source>Starting the demo…</source>
        <translation>Démarrage de la démonstration…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="63"/>
        <location filename="../../client/ui/controller.py" line="66"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="73"/>
        <source>Starting a local homeserver…</source>
        <translation>Démarrage d’un serveur local…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="76"/>
        <source>Creating your demo account and a demo contact…</source>
        <translation>Création de votre compte de démonstration et d’un contact…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="79"/>
        <source>Signing in and creating encryption keys…</source>
        <translation>Connexion et création des clés de chiffrement…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="82"/>
        <source>Opening an encrypted chat with the demo contact…</source>
        <translation>Ouverture d’une conversation chiffrée avec le contact de démonstration…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="160"/>
        <location filename="../../client/ui/controller.py" line="483"/>
        <source>Pli</source>
        <translation>Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="217"/>
        <source>Keyring locked</source>
        <translation>Trousseau verrouillé</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="219"/>
        <source>No safe place for your keys</source>
        <translation>Aucun endroit sûr pour vos clés</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="281"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="284"/>
        <source>Delete the unreadable local data and sign in again?</source>
        <translation>Supprimer les données locales illisibles et se reconnecter ?</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="301"/>
        <source>Pli cannot start</source>
        <translation>Pli ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="427"/>
        <location filename="../../client/ui/controller.py" line="440"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="428"/>
        <source>Sign out of this device? Its encryption keys and local data are deleted; messages you cannot read on another device will stay unreadable.</source>
        <translation>Se déconnecter de cet appareil ? Ses clés de chiffrement et ses données locales seront supprimées ; les messages que vous ne pouvez lire sur aucun autre appareil resteront illisibles.</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="443"/>
        <source>Delete the local data anyway? The device stays listed on the server until you remove it from another device.</source>
        <translation>Supprimer quand même les données locales ? L’appareil restera listé sur le serveur jusqu’à ce que vous le retiriez depuis un autre appareil.</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="336"/>
        <source>The demo could not start</source>
        <translation>La démonstration n’a pas pu démarrer</translation>
    </message>
</context>
<context>
    <name>ComposeModeBar</name>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="47"/>
        <source>Reply or edit in progress</source>
        <translation>Réponse ou modification en cours</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="48"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="49"/>
        <source>Cancel the reply or the edit</source>
        <translation>Annuler la réponse ou la modification</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../client/ui/views/composer.py" line="31"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/composer.py" line="33"/>
        <source>Type your message. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>Saisissez votre message. Entrée l’envoie ; Maj+Entrée passe à la ligne.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/composer.py" line="35"/>
        <source>Write an encrypted message…</source>
        <translation>Écrire un message chiffré…</translation>
    </message>
</context>
<context>
    <name>CreateRoomDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="42"/>
        <location filename="../../client/ui/dialogs/rooms.py" line="43"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="47"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="50"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="53"/>
        <source>People to invite</source>
        <translation>Personnes à inviter</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="54"/>
        <source>@marie.dupont:gouv.fr, @paul:gouv.fr</source>
        <translation>@marie.dupont:gouv.fr, @paul:gouv.fr</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="57"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="59"/>
        <source>&amp;Invite:</source>
        <translation>&amp;Inviter :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="66"/>
        <source>🔒 Messages and files in this conversation are end-to-end encrypted.</source>
        <translation>🔒 Les messages et fichiers de cette conversation sont chiffrés de bout en bout.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="69"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="73"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="76"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="77"/>
        <source>Create the conversation</source>
        <translation>Créer la conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="91"/>
        <source>Not a Matrix address: {list}</source>
        <translation>Pas une adresse Matrix : {list}</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="25"/>
        <source>thumbs up</source>
        <translation>pouce levé</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="26"/>
        <source>thumbs down</source>
        <translation>pouce baissé</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="27"/>
        <source>heart</source>
        <translation>cœur</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="28"/>
        <source>laughing</source>
        <translation>rire</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="29"/>
        <source>surprised</source>
        <translation>surprise</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="30"/>
        <source>sad</source>
        <translation>triste</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="31"/>
        <source>celebration</source>
        <translation>fête</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="32"/>
        <source>thank you</source>
        <translation>merci</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="33"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="34"/>
        <source>looking into it</source>
        <translation>je regarde</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="35"/>
        <source>rocket</source>
        <translation>fusée</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="36"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="51"/>
        <source>React</source>
        <translation>Réagir</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="52"/>
        <source>Choose a reaction</source>
        <translation>Choisir une réaction</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="67"/>
        <source>&amp;Other:</source>
        <translation>&amp;Autre :</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="69"/>
        <source>Other reaction</source>
        <translation>Autre réaction</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="70"/>
        <source>Type or paste an emoji</source>
        <translation>Tapez ou collez un émoji</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="77"/>
        <source>&amp;React</source>
        <translation>&amp;Réagir</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="78"/>
        <source>React with the typed emoji</source>
        <translation>Réagir avec l’émoji saisi</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="80"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ErrorDetail</name>
    <message>
        <location filename="../../client/core/policy/loader.py" line="61"/>
        <source>not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="72"/>
        <source>unknown setting</source>
        <translation>réglage inconnu</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="106"/>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="113"/>
        <source>not valid JSON</source>
        <translation>JSON invalide</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="169"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="173"/>
        <source>must be a whole number, 0 or more</source>
        <translation>doit être un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="176"/>
        <source>must be text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="183"/>
        <source>must be a list of texts</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="188"/>
        <source>must be one of: {choices}</source>
        <translation>doit être l’une des valeurs : {choices}</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="210"/>
        <source>must be an address like {example}://host:port ({choices})</source>
        <translation>doit être une adresse de la forme {example}://hôte:port ({choices})</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="215"/>
        <source>must be an address like {example}://host ({choices})</source>
        <translation>doit être une adresse de la forme {example}://hôte ({choices})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../client/core/errors.py" line="21"/>
        <source>Something went wrong.</source>
        <translation>Une erreur s’est produite.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="22"/>
        <source>Try again. If it keeps happening, contact your IT support.</source>
        <translation>Réessayez. Si cela se reproduit, contactez votre support informatique.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="47"/>
        <source>“{user}” is not a valid user name.</source>
        <translation>« {user} » n’est pas un nom d’utilisateur valide.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="48"/>
        <source>Type your full address, like @marie.dupont:agents.example.gouv.fr, or your user name and the server address.</source>
        <translation>Saisissez votre adresse complète, par exemple @marie.dupont:agents.example.gouv.fr, ou votre nom d’utilisateur et l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="56"/>
        <source>No Matrix server answers at “{server}”.</source>
        <translation>Aucun serveur Matrix ne répond à l’adresse « {server} ».</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="57"/>
        <source>Check the server address and your network connection, then try again.</source>
        <translation>Vérifiez l’adresse du serveur et votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="63"/>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="64"/>
        <source>Check both and try again.</source>
        <translation>Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="68"/>
        <source>The server refused the request: {reason}</source>
        <translation>Le serveur a refusé la demande : {reason}</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="69"/>
        <source>Try again later. If it keeps happening, contact your IT support.</source>
        <translation>Réessayez plus tard. Si cela se reproduit, contactez votre support informatique.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="75"/>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="76"/>
        <source>Pli keeps trying to reconnect by itself. Nothing you typed is lost.</source>
        <translation>Pli continue d’essayer de se reconnecter. Rien de ce que vous avez saisi n’est perdu.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="82"/>
        <source>You are not signed in.</source>
        <translation>Vous n’êtes pas connecté.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="83"/>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="87"/>
        <source>This device was signed out by the server.</source>
        <translation>Cet appareil a été déconnecté par le serveur.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="88"/>
        <source>Sign in again to continue.</source>
        <translation>Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="101"/>
        <source>Encryption is not ready on this device, so the message was not sent.</source>
        <translation>Le chiffrement n’est pas prêt sur cet appareil : le message n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="104"/>
        <source>Restart Pli. If it keeps happening, sign out and sign in again.</source>
        <translation>Redémarrez Pli. Si cela se reproduit, déconnectez-vous puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="110"/>
        <source>The conversation was created but the server did not turn encryption on.</source>
        <translation>La conversation a été créée, mais le serveur n’a pas activé le chiffrement.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="113"/>
        <source>Do not use this conversation for sensitive information; contact your IT support.</source>
        <translation>N’utilisez pas cette conversation pour des informations sensibles ; contactez votre support informatique.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="119"/>
        <source>This conversation is not loaded yet.</source>
        <translation>Cette conversation n’est pas encore chargée.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="120"/>
        <source>Wait a moment and try again.</source>
        <translation>Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="124"/>
        <source>This message cannot be changed: {reason}</source>
        <translation>Ce message ne peut pas être modifié : {reason}</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="125"/>
        <source>Only your own messages, once sent, can be edited.</source>
        <translation>Seuls vos propres messages, une fois envoyés, peuvent être modifiés.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="129"/>
        <source>The file {name} cannot be opened: it is damaged.</source>
        <translation>Le fichier {name} ne peut pas être ouvert : il est endommagé.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="130"/>
        <location filename="../../client/core/errors.py" line="137"/>
        <source>Ask the sender to send it again.</source>
        <translation>Demandez à l’expéditeur de l’envoyer à nouveau.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="134"/>
        <source>The file {name} cannot be downloaded: its address is not valid.</source>
        <translation>Le fichier {name} ne peut pas être téléchargé : son adresse n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="141"/>
        <source>The file {name} could not be downloaded in time from the server.</source>
        <translation>Le fichier {name} n’a pas pu être téléchargé du serveur dans le temps imparti.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="144"/>
        <source>Check your network connection, then try again.</source>
        <translation>Vérifiez votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="162"/>
        <source>Share a smaller file, or a link to it.</source>
        <translation>Partagez un fichier plus petit, ou un lien vers celui-ci.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="166"/>
        <source>Your message could not be sent: {reason}</source>
        <translation>Votre message n’a pas pu être envoyé : {reason}</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="167"/>
        <source>It is kept: retry or discard it.</source>
        <translation>Il est conservé : renvoyez-le ou abandonnez-le.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="176"/>
        <source>It is kept and sent by itself as soon as the connection is back.</source>
        <translation>Il est conservé et sera envoyé tout seul dès le retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="211"/>
        <source>Pli keeps its keys only in the system keyring (GNOME Keyring, KWallet, Windows Credential Manager). Remove the other backend or its setting (PYTHON_KEYRING_BACKEND, keyringrc.cfg).</source>
        <translation>Pli ne garde ses clés que dans le trousseau du système (GNOME Keyring, KWallet, Gestionnaire d’identification de Windows). Retirez l’autre module ou son réglage (PYTHON_KEYRING_BACKEND, keyringrc.cfg).</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="173"/>
        <source>Your message could not be sent: the server cannot be reached.</source>
        <translation>Votre message n’a pas pu être envoyé : le serveur est injoignable.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="148"/>
        <source>Pli opens only pictures, PDF files, office documents without macros and text files from a conversation; {name} is none of these.</source>
        <translation>Pli n’ouvre depuis une conversation que les images, les PDF, les documents bureautiques sans macros et les fichiers texte ; {name} n’en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="153"/>
        <source>Save it, and have it checked by your IT department before you open it.</source>
        <translation>Enregistrez-le et faites-le vérifier par votre service informatique avant de l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="159"/>
        <source>{name} is {size_bytes}; the largest file you may send is {limit_bytes}.</source>
        <translation>{name} fait {size_bytes} ; la taille maximale d’un fichier envoyé est de {limit_bytes}.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="185"/>
        <source>Pli cannot find the system keyring where it keeps your encryption keys.</source>
        <translation>Pli ne trouve pas le trousseau du système où il conserve vos clés de chiffrement.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="188"/>
        <source>On Linux, install and start a Secret Service (GNOME Keyring or KWallet) and open your session with it; on Windows, the Credential Manager must be enabled. Pli will not store keys without it.</source>
        <translation>Sous Linux, installez et démarrez un service de secrets (GNOME Keyring ou KWallet) et ouvrez votre session avec ; sous Windows, le Gestionnaire d’identification doit être activé. Pli ne conserve pas de clés sans lui.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="202"/>
        <source>The system keyring is locked.</source>
        <translation>Le trousseau du système est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="203"/>
        <source>Unlock your keyring (it usually opens with your session password), then start Pli again.</source>
        <translation>Déverrouillez votre trousseau (il s’ouvre en général avec le mot de passe de votre session), puis relancez Pli.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="210"/>
        <source>The keyring backend “{backend}” is not safe enough.</source>
        <translation>Le trousseau « {backend} » n’est pas assez sûr.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="220"/>
        <source>The identity of {user} has changed since you verified them.</source>
        <translation>L’identité de {user} a changé depuis que vous l’avez vérifiée.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="223"/>
        <source>Your message is kept. In the conversation, choose “I understand” or verify them again, and it is sent.</source>
        <translation>Votre message est conservé. Dans la conversation, choisissez « J’ai compris » ou vérifiez à nouveau cette personne, et il partira.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="231"/>
        <source>The local data of this account cannot be read.</source>
        <translation>Les données locales de ce compte sont illisibles.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="232"/>
        <source>Sign in again; your messages are kept on the server.</source>
        <translation>Reconnectez-vous ; vos messages sont conservés sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="236"/>
        <source>The local data of this account cannot be opened now.</source>
        <translation>Les données locales de ce compte ne peuvent pas être ouvertes pour le moment.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="237"/>
        <source>Close any other Pli window and start Pli again. Nothing was deleted.</source>
        <translation>Fermez toute autre fenêtre de Pli et relancez Pli. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="244"/>
        <source>Pli is already running for this account.</source>
        <translation>Pli est déjà ouvert pour ce compte.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="245"/>
        <source>Use the Pli window that is already open.</source>
        <translation>Utilisez la fenêtre de Pli déjà ouverte.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="249"/>
        <source>Your organisation does not allow signing in to the server {server}.</source>
        <translation>Votre organisation n’autorise pas la connexion au serveur {server}.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="252"/>
        <source>Use your work account on one of these servers: {allowed}.</source>
        <translation>Utilisez votre compte professionnel sur l’un de ces serveurs : {allowed}.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="258"/>
        <source>Your organisation does not allow the server address {server}.</source>
        <translation>Votre organisation n’autorise pas l’adresse de serveur {server}.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="261"/>
        <source>Sign in through one of these addresses: {allowed}.</source>
        <translation>Connectez-vous par l’une de ces adresses : {allowed}.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="265"/>
        <source>The server address {server} is not protected by encryption (http://).</source>
        <translation>L’adresse du serveur {server} n’est pas protégée par le chiffrement (http://).</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="268"/>
        <source>Use its https:// address: Pli never sends a password in clear.</source>
        <translation>Utilisez son adresse https:// : Pli n’envoie jamais de mot de passe en clair.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="288"/>
        <source>You have no other device to verify this one with.</source>
        <translation>Vous n’avez aucun autre appareil avec lequel vérifier celui-ci.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="289"/>
        <source>Sign in to Pli or Element on another device first, then start the verification again.</source>
        <translation>Connectez-vous d’abord à Pli ou à Element sur un autre appareil, puis relancez la vérification.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/qr.py" line="49"/>
        <source>This is not a valid Matrix verification code.</source>
        <translation>Ce code n’est pas un code de vérification Matrix valide.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/qr.py" line="50"/>
        <source>Scan the code shown by the other device in its verification window.</source>
        <translation>Scannez le code affiché par l’autre appareil dans sa fenêtre de vérification.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/backup_crypto.py" line="27"/>
        <source>A backed-up key could not be read.</source>
        <translation>Une clé sauvegardée n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/backup_crypto.py" line="28"/>
        <source>Other keys are still restored. If many fail, the backup may be damaged.</source>
        <translation>Les autres clés sont tout de même restaurées. Si beaucoup échouent, la sauvegarde est peut-être endommagée.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/key_export.py" line="38"/>
        <source>This file is not a key file Pli can read.</source>
        <translation>Ce fichier n’est pas un fichier de clés que Pli sait lire.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/key_export.py" line="39"/>
        <source>Choose a file exported from Pli or Element (“element-keys.txt”).</source>
        <translation>Choisissez un fichier exporté depuis Pli ou Element (« element-keys.txt »).</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/key_export.py" line="45"/>
        <source>The passphrase of this key file is wrong.</source>
        <translation>La phrase secrète de ce fichier de clés est incorrecte.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/key_export.py" line="46"/>
        <source>Type the passphrase chosen when the file was made.</source>
        <translation>Saisissez la phrase secrète choisie lors de la création du fichier.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/recovery_key.py" line="17"/>
        <source>This is not a valid recovery key.</source>
        <translation>Ce n’est pas une clé de récupération valide.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/recovery_key.py" line="18"/>
        <source>Type the 48 characters exactly as written when you saved it (spaces do not matter), or use your passphrase.</source>
        <translation>Saisissez les 48 caractères exactement comme vous les avez notés (les espaces n’ont pas d’importance), ou utilisez votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secret_storage.py" line="49"/>
        <source>Your secure backup could not be read.</source>
        <translation>Votre sauvegarde sécurisée n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secret_storage.py" line="50"/>
        <source>Check your recovery key or passphrase. If the backup was reset on another device, use the new key.</source>
        <translation>Vérifiez votre clé de récupération ou votre phrase secrète. Si la sauvegarde a été réinitialisée sur un autre appareil, utilisez la nouvelle clé.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secret_storage.py" line="58"/>
        <source>The recovery key or passphrase is wrong.</source>
        <translation>La clé de récupération ou la phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secret_storage.py" line="59"/>
        <source>Check it and try again; spaces and letter groups do not matter.</source>
        <translation>Vérifiez-la et réessayez ; les espaces et les groupes de lettres n’ont pas d’importance.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secure_backup.py" line="61"/>
        <source>This account has no secure backup yet.</source>
        <translation>Ce compte n’a pas encore de sauvegarde sécurisée.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secure_backup.py" line="62"/>
        <source>Set it up on a device that can read your messages, or verify this device.</source>
        <translation>Configurez-la sur un appareil qui peut lire vos messages, ou vérifiez cet appareil.</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="30"/>
        <source>Your organisation&apos;s settings for Pli are invalid ({source}, “{key}”): {problem}</source>
        <translation>Les réglages de Pli fixés par votre organisation sont invalides ({source}, « {key} ») : {problem}</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="33"/>
        <source>Pli cannot start until your IT support corrects them. Contact them.</source>
        <translation>Pli ne peut pas démarrer tant que votre support informatique ne les a pas corrigés. Contactez-le.</translation>
    </message>
    <message>
        <location filename="../../client/core/session/account_security.py" line="58"/>
        <source>Your organisation does not allow exporting message keys.</source>
        <translation>Votre organisation n’autorise pas l’export des clés de messages.</translation>
    </message>
    <message>
        <location filename="../../client/core/session/account_security.py" line="61"/>
        <source>Your messages are kept safe by the secure backup instead.</source>
        <translation>Vos messages sont protégés par la sauvegarde sécurisée.</translation>
    </message>
    <message>
        <location filename="../../client/core/session/room_admin.py" line="47"/>
        <source>{user} is not a Matrix address (it looks like @name:server).</source>
        <translation>{user} n’est pas une adresse Matrix (elle a la forme @nom:serveur).</translation>
    </message>
    <message>
        <location filename="../../client/core/session/room_admin.py" line="50"/>
        <source>Check the address and try again.</source>
        <translation>Vérifiez l’adresse et réessayez.</translation>
    </message>
    <message>
        <location filename="../../client/core/secrets/passphrase_store.py" line="43"/>
        <source>This passphrase does not open your keys.</source>
        <translation>Cette phrase secrète n’ouvre pas vos clés.</translation>
    </message>
    <message>
        <location filename="../../client/core/secrets/passphrase_store.py" line="44"/>
        <source>Check the passphrase and try again.</source>
        <translation>Vérifiez la phrase secrète et réessayez.</translation>
    </message>
    <message>
        <location filename="../../client/core/secrets/passphrase_store.py" line="48"/>
        <source>The file that keeps your keys ({path}) is damaged.</source>
        <translation>Le fichier qui conserve vos clés ({path}) est endommagé.</translation>
    </message>
    <message>
        <location filename="../../client/core/secrets/passphrase_store.py" line="49"/>
        <source>Nothing was changed. Contact your IT support; if the file cannot be restored, move it away and sign in again (your messages are kept on the server).</source>
        <translation>Rien n’a été modifié. Contactez votre support informatique ; si le fichier ne peut pas être restauré, déplacez-le et reconnectez-vous (vos messages sont conservés sur le serveur).</translation>
    </message>
    <message>
        <location filename="../../client/core/secrets/passphrase_store.py" line="57"/>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>La phrase secrète doit comporter au moins {count} caractères.</translation>
    </message>
    <message>
        <location filename="../../client/core/secrets/passphrase_store.py" line="58"/>
        <source>A few words that only you know make a good one.</source>
        <translation>Quelques mots que vous seul connaissez font une bonne phrase secrète.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="56"/>
        <source>Send a file</source>
        <translation>Envoyer un fichier</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="72"/>
        <source>Send to {room}?

{files}</source>
        <translation>Envoyer dans {room} ?

{files}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="76"/>
        <source>Send files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="98"/>
        <location filename="../../client/ui/views/file_actions.py" line="106"/>
        <location filename="../../client/ui/views/file_actions.py" line="142"/>
        <source>File not sent</source>
        <translation>Fichier non envoyé</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="107"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="120"/>
        <source>pasted image.png</source>
        <translation>image collée.png</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="161"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="165"/>
        <source>File not opened</source>
        <translation>Fichier non ouvert</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="178"/>
        <source>No program on this computer opens {name}. Save it instead.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre {name}. Enregistrez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="183"/>
        <source>Opened {name}</source>
        <translation>{name} ouvert</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="192"/>
        <source>Save the file</source>
        <translation>Enregistrer le fichier</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="207"/>
        <source>Downloading {name}…</source>
        <translation>Téléchargement de {name}…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="219"/>
        <source>File not saved</source>
        <translation>Fichier non enregistré</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="223"/>
        <location filename="../../client/ui/views/file_actions.py" line="226"/>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="100"/>
        <source>Invite to {room}</source>
        <translation>Inviter dans {room}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="103"/>
        <source>&amp;Address of the person (for example @marie.dupont:gouv.fr):</source>
        <translation>&amp;Adresse de la personne (par exemple @marie.dupont:gouv.fr) :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="105"/>
        <source>Address of the person</source>
        <translation>Adresse de la personne</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="109"/>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="110"/>
        <source>Send the invitation</source>
        <translation>Envoyer l’invitation</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="39"/>
        <location filename="../../client/ui/dialogs/login.py" line="40"/>
        <source>Sign in to Pli</source>
        <translation>Se connecter à Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="45"/>
        <source>Sign in with your Matrix account. Your messages are end-to-end encrypted; your keys stay in this computer&apos;s keyring.</source>
        <translation>Connectez-vous avec votre compte Matrix. Vos messages sont chiffrés de bout en bout ; vos clés restent dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="53"/>
        <source>@marie.dupont:example.gouv.fr</source>
        <translation>@marie.dupont:exemple.gouv.fr</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="54"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="58"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="63"/>
        <source>Found from your address if left empty</source>
        <translation>Déduit de votre adresse si vide</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="64"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="70"/>
        <source>Set by your organisation</source>
        <translation>Fixé par votre organisation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="71"/>
        <source>Managed by your organisation</source>
        <translation>Géré par votre organisation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="77"/>
        <source>Server found</source>
        <translation>Serveur trouvé</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="84"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="86"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="88"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="101"/>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="105"/>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="106"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="113"/>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="114"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="116"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="126"/>
        <source>Your session has expired. Type your password to continue on this device; your keys are kept.</source>
        <translation>Votre session a expiré. Saisissez votre mot de passe pour continuer sur cet appareil ; vos clés sont conservées.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="171"/>
        <source>Server: {server}</source>
        <translation>Serveur : {server}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="179"/>
        <source>Type your user name and your password.</source>
        <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="213"/>
        <source>Check the server above, then press Sign in again.</source>
        <translation>Vérifiez le serveur ci-dessus, puis appuyez de nouveau sur Se connecter.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="93"/>
        <location filename="../../client/ui/views/main_window.py" line="500"/>
        <source>Pli — {user}</source>
        <translation>Pli — {user}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="94"/>
        <source>Pli main window</source>
        <translation>Fenêtre principale de Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="130"/>
        <source>&amp;New chat…</source>
        <translation>&amp;Nouvelle conversation…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="131"/>
        <source>Start a new encrypted direct chat</source>
        <translation>Démarrer une nouvelle conversation privée chiffrée</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="136"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="148"/>
        <location filename="../../client/ui/views/main_window.py" line="521"/>
        <source>Choose a conversation</source>
        <translation>Choisissez une conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="150"/>
        <source>Conversation name</source>
        <translation>Nom de la conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="156"/>
        <source>Encryption state</source>
        <translation>État du chiffrement</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="165"/>
        <source>Topic of the conversation</source>
        <translation>Sujet de la conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="172"/>
        <source>External participants</source>
        <translation>Participants externes</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="184"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="185"/>
        <source>Accept the invitation</source>
        <translation>Accepter l’invitation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="186"/>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="187"/>
        <source>Decline the invitation</source>
        <translation>Refuser l’invitation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="206"/>
        <source>Who is typing</source>
        <translation>Qui écrit</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="215"/>
        <source>Sending problem</source>
        <translation>Problème d’envoi</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="216"/>
        <source>&amp;Retry</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="217"/>
        <source>Retry sending the message</source>
        <translation>Réessayer d’envoyer le message</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="219"/>
        <source>D&amp;iscard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="220"/>
        <source>Discard the message that was not sent</source>
        <translation>Abandonner le message non envoyé</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="236"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="237"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="248"/>
        <source>A&amp;ttach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="249"/>
        <source>Send a file or an image</source>
        <translation>Envoyer un fichier ou une image</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="251"/>
        <source>Send a file or an image (you can also drop or paste it here)</source>
        <translation>Envoyer un fichier ou une image (vous pouvez aussi le déposer ou le coller ici)</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="281"/>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="285"/>
        <source>&amp;Pli</source>
        <translation>&amp;Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="286"/>
        <source>&amp;New direct chat…</source>
        <translation>&amp;Nouvelle conversation privée…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="290"/>
        <source>&amp;Reconnect now</source>
        <translation>Se &amp;reconnecter maintenant</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="293"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="299"/>
        <source>Sign &amp;out of this device…</source>
        <translation>Se &amp;déconnecter de cet appareil…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="302"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="309"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="310"/>
        <source>&amp;Jump to a conversation…</source>
        <translation>A&amp;ller à une conversation…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="313"/>
        <source>&amp;Next conversation</source>
        <translation>Conversation &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="316"/>
        <source>&amp;Previous conversation</source>
        <translation>Conversation &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="319"/>
        <source>&amp;Find in this conversation…</source>
        <translation>&amp;Rechercher dans cette conversation…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="322"/>
        <source>&amp;Search all conversations…</source>
        <translation>Rechercher dans &amp;toutes les conversations…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="335"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="337"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="392"/>
        <source>Jump to a conversation</source>
        <translation>Aller à une conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="392"/>
        <source>Conversation:</source>
        <translation>Conversation :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/views/main_window.py" line="501"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="551"/>
        <source>{sender}: {text}</source>
        <translation>{sender} : {text}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="606"/>
        <source>{name} is typing…</source>
        <translation>{name} écrit…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="608"/>
        <source>{first} and {second} are typing…</source>
        <translation>{first} et {second} écrivent…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="612"/>
        <source>Several people are typing…</source>
        <translation>Plusieurs personnes écrivent…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="632"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="633"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="634"/>
        <source>Connection lost — reconnecting…</source>
        <translation>Connexion perdue — reconnexion…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="635"/>
        <source>Offline — retrying in {seconds} s</source>
        <translation>Hors ligne — nouvel essai dans {seconds} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/views/main_window.py" line="696"/>
        <source>%n older message(s) loaded</source>
        <translation>
            <numerusform>%n message plus ancien chargé</numerusform>
            <numerusform>%n messages plus anciens chargés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="698"/>
        <source>This is the start of the conversation.</source>
        <translation>C’est le début de la conversation.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="705"/>
        <source>Older messages could not be loaded: {reason}</source>
        <translation>Les messages plus anciens n’ont pas pu être chargés : {reason}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="714"/>
        <source>End-to-end encrypted</source>
        <translation>Chiffré de bout en bout</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="717"/>
        <source>Not encrypted: do not share sensitive information</source>
        <translation>Non chiffré : ne partagez pas d’informations sensibles</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="726"/>
        <source>⚠ External participants from {servers}</source>
        <translation>⚠ Participants externes venant de {servers}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="736"/>
        <source>{inviter} invites you to this conversation.</source>
        <translation>{inviter} vous invite à cette conversation.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="737"/>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="766"/>
        <source>New direct chat</source>
        <translation>Nouvelle conversation privée</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="767"/>
        <source>Address of the person (for example @marie.dupont:example.gouv.fr):</source>
        <translation>Adresse de la personne (par exemple @marie.dupont:exemple.gouv.fr) :</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="782"/>
        <source>Creating an encrypted chat with {user}…</source>
        <translation>Création d’une conversation chiffrée avec {user}…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="866"/>
        <source>A message could not be sent: {reason}</source>
        <translation>Un message n’a pas pu être envoyé : {reason}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="873"/>
        <source>Write a message (NOT encrypted)…</source>
        <translation>Écrire un message (NON chiffré)…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="875"/>
        <source>Write an encrypted message…</source>
        <translation>Écrire un message chiffré…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="896"/>
        <source>Quit Pli</source>
        <translation>Quitter Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="897"/>
        <source>Some text you typed has not been sent. Quit anyway and lose it?</source>
        <translation>Du texte que vous avez saisi n’a pas été envoyé. Quitter quand même et le perdre ?</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="157"/>
        <source>✔ Verified</source>
        <translation>✔ Vérifié</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="159"/>
        <source>⚠ Identity changed</source>
        <translation>⚠ Identité modifiée</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="161"/>
        <source>⚠ Not verified</source>
        <translation>⚠ Non vérifié</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="162"/>
        <source>… Unknown</source>
        <translation>… Inconnu</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="171"/>
        <source>People in {room}</source>
        <translation>Personnes de {room}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="176"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="178"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="178"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="178"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="178"/>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="180"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="181"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="187"/>
        <source>{name} (invited)</source>
        <translation>{name} (invité·e)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="190"/>
        <source>{address} — External</source>
        <translation>{address} — Externe</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="198"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="204"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="206"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="208"/>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="209"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="80"/>
        <source>Replying to {sender}: {text}</source>
        <translation>Réponse à {sender} : {text}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="96"/>
        <source>Editing your message (Esc cancels)</source>
        <translation>Modification de votre message (Échap pour annuler)</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="170"/>
        <source>Delete this message for everyone? This cannot be undone.</source>
        <translation>Supprimer ce message pour tout le monde ? C’est définitif.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="174"/>
        <source>Delete {sender}&apos;s message for everyone? This cannot be undone.</source>
        <translation>Supprimer le message de {sender} pour tout le monde ? C’est définitif.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="179"/>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="201"/>
        <source>Open a link</source>
        <translation>Ouvrir un lien</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="209"/>
        <source>Spelled for the computer: {host}</source>
        <translation>Écrit pour l’ordinateur : {host}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="218"/>
        <source>Pli cannot open this kind of link:</source>
        <translation>Pli ne peut pas ouvrir ce type de lien :</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="222"/>
        <source>This link leads to:</source>
        <translation>Ce lien mène à :</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="224"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="228"/>
        <source>Open the link in your browser</source>
        <translation>Ouvrir le lien dans votre navigateur</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../client/ui/notifier.py" line="76"/>
        <source>{sender} in {room}</source>
        <translation>{sender} dans {room}</translation>
    </message>
    <message>
        <location filename="../../client/ui/notifier.py" line="82"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../client/core/policy/schema.py" line="159"/>
        <source>Managed by your organisation</source>
        <translation>Géré par votre organisation</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="26"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="29"/>
        <source>New &amp;room…</source>
        <translation>Nouveau &amp;salon…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="31"/>
        <source>&amp;Invite someone…</source>
        <translation>&amp;Inviter quelqu’un…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="33"/>
        <source>&amp;People…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="35"/>
        <source>Conversation &amp;settings…</source>
        <translation>Pa&amp;ramètres de la conversation…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="37"/>
        <source>&amp;Leave this conversation…</source>
        <translation>&amp;Quitter cette conversation…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="48"/>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Couper les notifications</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="101"/>
        <source>Creating the conversation…</source>
        <translation>Création de la conversation…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="111"/>
        <source>Conversation not created</source>
        <translation>Conversation non créée</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="131"/>
        <source>Not invited</source>
        <translation>Invitation non envoyée</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="134"/>
        <source>{user} is invited.</source>
        <translation>{user} est invité·e.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="167"/>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="177"/>
        <source>Leave the conversation</source>
        <translation>Quitter la conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="178"/>
        <source>Leave {room}? Its new messages will no longer reach you; to come back, someone must invite you again.</source>
        <translation>Quitter {room} ? Ses nouveaux messages ne vous parviendront plus ; pour revenir, il faudra qu’on vous invite à nouveau.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="189"/>
        <source>Not left</source>
        <translation>Conversation non quittée</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../../client/ui/views/delegates.py" line="102"/>
        <source>Invitation — open to accept or decline</source>
        <translation>Invitation — ouvrez-la pour accepter ou refuser</translation>
    </message>
</context>
<context>
    <name>RoomDialogs</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="32"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RoomListModel</name>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="62"/>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="64"/>
        <source>encrypted</source>
        <translation>chiffrée</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="66"/>
        <source>not encrypted</source>
        <translation>non chiffrée</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="69"/>
        <source>muted</source>
        <translation>en sourdine</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/models/rooms.py" line="72"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="122"/>
        <location filename="../../client/ui/dialogs/rooms.py" line="123"/>
        <source>Conversation settings</source>
        <translation>Paramètres de la conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="127"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="130"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="133"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="135"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="141"/>
        <source>🔒 End-to-end encrypted (it cannot be turned off).</source>
        <translation>🔒 Chiffrée de bout en bout (cela ne peut pas être désactivé).</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="143"/>
        <source>⚠ Not encrypted: do not share sensitive information.</source>
        <translation>⚠ Non chiffrée : ne partagez pas d’informations sensibles.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="146"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="149"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="150"/>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="39"/>
        <location filename="../../client/ui/dialogs/search.py" line="40"/>
        <source>Search all conversations</source>
        <translation>Rechercher dans toutes les conversations</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="46"/>
        <source>&amp;Words to find:</source>
        <translation>&amp;Mots à trouver :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="48"/>
        <source>Words to find</source>
        <translation>Mots à trouver</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="49"/>
        <source>For example: réunion budget</source>
        <translation>Par exemple : réunion budget</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="55"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="59"/>
        <source>Messages found</source>
        <translation>Messages trouvés</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="62"/>
        <source>Searches the messages kept on this device, encrypted.</source>
        <translation>La recherche porte sur les messages conservés, chiffrés, sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="63"/>
        <source>About search</source>
        <translation>À propos de la recherche</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="84"/>
        <source>{room} — {sender}, {time}
{text}</source>
        <translation>{room} — {sender}, {time}
{text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/dialogs/search.py" line="95"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message trouvé</numerusform>
            <numerusform>%n messages trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="95"/>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="76"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="78"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="170"/>
        <source>{sender}: {text}</source>
        <translation>{sender} : {text}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="174"/>
        <source>In reply to an earlier message</source>
        <translation>En réponse à un message précédent</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="300"/>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="314"/>
        <source>{time} (edited)</source>
        <translation>{time} (modifié)</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="335"/>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="441"/>
        <source>Click to open</source>
        <translation>Cliquer pour ouvrir</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="455"/>
        <source>Uploading… {percent} %</source>
        <translation>Envoi… {percent} %</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="38"/>
        <source>Waiting for the key to decrypt this message…</source>
        <translation>En attente de la clé pour déchiffrer ce message…</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="47"/>
        <source>This kind of message cannot be shown yet.</source>
        <translation>Ce type de message ne peut pas encore être affiché.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="51"/>
        <source>Message deleted</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="64"/>
        <source>Image: {name}{size}</source>
        <translation>Image : {name}{size}</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="67"/>
        <source>File: {name}{size}</source>
        <translation>Fichier : {name}{size}</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="74"/>
        <source>Seen by {names}</source>
        <translation>Vu par {names}</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="78"/>
        <source>Seen by {names} and {count} others</source>
        <translation>Vu par {names} et {count} autres</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="87"/>
        <source>Sent from a device its owner has not verified.</source>
        <translation>Envoyé depuis un appareil que son propriétaire n’a pas vérifié.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="90"/>
        <source>Sent from an unknown or deleted device.</source>
        <translation>Envoyé depuis un appareil inconnu ou supprimé.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="93"/>
        <source>The authenticity of this message cannot be guaranteed on this device.</source>
        <translation>L’authenticité de ce message ne peut pas être garantie sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="97"/>
        <source>The device that sent this message does not belong to its sender.</source>
        <translation>L’appareil qui a envoyé ce message n’appartient pas à son expéditeur.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="100"/>
        <source>The sender&apos;s verified identity has changed.</source>
        <translation>L’identité vérifiée de l’expéditeur a changé.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="103"/>
        <source>Not encrypted.</source>
        <translation>Non chiffré.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="112"/>
        <source>{sender} at {time}: {text}</source>
        <translation>{sender} à {time} : {text}</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="118"/>
        <source>In reply to {sender}: {text}</source>
        <translation>En réponse à {sender} : {text}</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="122"/>
        <source>In reply to an earlier message</source>
        <translation>En réponse à un message précédent</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="125"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="128"/>
        <source>Reactions: {list}</source>
        <translation>Réactions : {list}</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="133"/>
        <source>Mentions you</source>
        <translation>Vous mentionne</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="142"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="144"/>
        <source>⚠ Not sent</source>
        <translation>⚠ Non envoyé</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="48"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="51"/>
        <source>Arrow keys move between messages. The context menu key offers reply, react, edit, delete, copy, and open or save a file.</source>
        <translation>Les flèches passent d’un message à l’autre. La touche de menu contextuel propose répondre, réagir, modifier, supprimer, copier, et ouvrir ou enregistrer un fichier.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="63"/>
        <source>Loading older messages…</source>
        <translation>Chargement des messages plus anciens…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="65"/>
        <source>Loading older messages</source>
        <translation>Chargement des messages plus anciens</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="208"/>
        <source>Message actions</source>
        <translation>Actions sur le message</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="211"/>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="212"/>
        <source>Re&amp;act…</source>
        <translation>Ré&amp;agir…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="214"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="220"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="225"/>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="230"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="231"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="235"/>
        <source>S&amp;top sending</source>
        <translation>Arrê&amp;ter l’envoi</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="245"/>
        <source>Take back {key}</source>
        <translation>Retirer {key}</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <location filename="../../client/core/verification/messages.py" line="89"/>
        <location filename="../../client/core/verification/messages.py" line="126"/>
        <source>The verification was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="90"/>
        <source>The verification took too long and was stopped. Start again.</source>
        <translation>La vérification a pris trop de temps et a été arrêtée. Recommencez.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="93"/>
        <source>The other device no longer knows this verification. Start again.</source>
        <translation>L’autre appareil ne connaît plus cette vérification. Recommencez.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="96"/>
        <source>The two devices have no verification method in common.</source>
        <translation>Les deux appareils n’ont aucune méthode de vérification en commun.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="99"/>
        <source>The other device did something unexpected. Start again.</source>
        <translation>L’autre appareil a fait quelque chose d’inattendu. Recommencez.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="102"/>
        <source>The keys did not match: this may be an attack. Nothing was trusted. Tell your IT security contact.</source>
        <translation>Les clés ne correspondent pas : il peut s’agir d’une attaque. Aucune confiance n’a été accordée. Prévenez votre correspondant sécurité informatique.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="107"/>
        <source>The code belongs to another person. Nothing was trusted.</source>
        <translation>Ce code appartient à une autre personne. Aucune confiance n’a été accordée.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="110"/>
        <source>The other device sent an invalid message. Start again.</source>
        <translation>L’autre appareil a envoyé un message non valide. Recommencez.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="113"/>
        <source>The request was answered on another of your devices.</source>
        <translation>La demande a reçu une réponse sur un autre de vos appareils.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="116"/>
        <source>The other device changed its key during the verification: this may be an attack. Nothing was trusted.</source>
        <translation>L’autre appareil a changé de clé pendant la vérification : il peut s’agir d’une attaque. Aucune confiance n’a été accordée.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="121"/>
        <source>The emoji did not match: this may be an attack. Nothing was trusted. Tell your IT security contact.</source>
        <translation>Les émojis ne correspondent pas : il peut s’agir d’une attaque. Aucune confiance n’a été accordée. Prévenez votre correspondant sécurité informatique.</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/verification_widgets.py" line="37"/>
        <source>Verification QR code</source>
        <translation>Code QR de vérification</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/verification_widgets.py" line="39"/>
        <source>Scan this code with the camera of the other device.</source>
        <translation>Scannez ce code avec la caméra de l’autre appareil.</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/verification_widgets.py" line="91"/>
        <source>Emoji to compare: {names}</source>
        <translation>Émojis à comparer : {names}</translation>
    </message>
</context>
</TS>
