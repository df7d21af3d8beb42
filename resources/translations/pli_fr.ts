<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../client/ui/controller.py" line="33"/>
        <source>Starting Pli</source>
        <translation>Démarrage de Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="35"/>
        <source>Starting the demo…</source>
        <translation>Démarrage de la démonstration…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="36"/>
        <location filename="../../client/ui/controller.py" line="39"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="46"/>
        <source>Starting a local homeserver…</source>
        <translation>Démarrage d’un serveur local…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="47"/>
        <source>Creating your demo account and a demo contact…</source>
        <translation>Création de votre compte de démonstration et d’un contact…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="48"/>
        <source>Signing in and creating encryption keys…</source>
        <translation>Connexion et création des clés de chiffrement…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="49"/>
        <source>Opening an encrypted chat with the demo contact…</source>
        <translation>Ouverture d’une conversation chiffrée avec le contact de démonstration…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="103"/>
        <source>Keyring locked</source>
        <translation>Trousseau verrouillé</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="103"/>
        <source>No safe place for your keys</source>
        <translation>Aucun endroit sûr pour vos clés</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="112"/>
        <location filename="../../client/ui/controller.py" line="202"/>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="115"/>
        <source>Pli cannot start</source>
        <translation>Pli ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="140"/>
        <source>The demo could not start</source>
        <translation>La démonstration n’a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="182"/>
        <location filename="../../client/ui/controller.py" line="188"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="182"/>
        <source>Sign out of this device? Its encryption keys and local data are deleted; messages you cannot read on another device will stay unreadable.</source>
        <translation>Se déconnecter de cet appareil ? Ses clés de chiffrement et ses données locales seront supprimées ; les messages que vous ne pouvez lire sur aucun autre appareil resteront illisibles.</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="188"/>
        <source>Delete the local data anyway? The device stays listed on the server until you remove it from another device.</source>
        <translation>Supprimer quand même les données locales ? L’appareil restera listé sur le serveur jusqu’à ce que vous le retiriez depuis un autre appareil.</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="202"/>
        <source>This device was signed out by the server or from another device. Sign in again to continue.</source>
        <translation>Cet appareil a été déconnecté par le serveur ou depuis un autre appareil. Reconnectez-vous pour continuer.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../client/ui/views/composer.py" line="17"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/composer.py" line="19"/>
        <source>Type your message. Enter sends it; Shift+Enter starts a new line.</source>
        <translation>Saisissez votre message. Entrée l’envoie ; Maj+Entrée passe à la ligne.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/composer.py" line="20"/>
        <source>Write an encrypted message…</source>
        <translation>Écrire un message chiffré…</translation>
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
        <location filename="../../client/core/errors.py" line="41"/>
        <source>“{user}” is not a valid user name.</source>
        <translation>« {user} » n’est pas un nom d’utilisateur valide.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="42"/>
        <source>Type your full address, like @marie.dupont:agents.example.gouv.fr, or your user name and the server address.</source>
        <translation>Saisissez votre adresse complète, par exemple @marie.dupont:agents.example.gouv.fr, ou votre nom d’utilisateur et l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="48"/>
        <source>No Matrix server answers at “{server}”.</source>
        <translation>Aucun serveur Matrix ne répond à l’adresse « {server} ».</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="49"/>
        <source>Check the server address and your network connection, then try again.</source>
        <translation>Vérifiez l’adresse du serveur et votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="54"/>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="55"/>
        <source>Check both and try again.</source>
        <translation>Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="59"/>
        <source>The server refused the request: {reason}</source>
        <translation>Le serveur a refusé la demande : {reason}</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="60"/>
        <source>Try again later. If it keeps happening, contact your IT support.</source>
        <translation>Réessayez plus tard. Si cela se reproduit, contactez votre support informatique.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="64"/>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="65"/>
        <source>Pli keeps trying to reconnect by itself. Nothing you typed is lost.</source>
        <translation>Pli continue d’essayer de se reconnecter. Rien de ce que vous avez saisi n’est perdu.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="70"/>
        <source>You are not signed in.</source>
        <translation>Vous n’êtes pas connecté.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="71"/>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="75"/>
        <source>This device was signed out by the server.</source>
        <translation>Cet appareil a été déconnecté par le serveur.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="76"/>
        <source>Sign in again to continue.</source>
        <translation>Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="82"/>
        <source>Encryption is not ready on this device, so the message was not sent.</source>
        <translation>Le chiffrement n’est pas prêt sur cet appareil : le message n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="84"/>
        <source>Restart Pli. If it keeps happening, sign out and sign in again.</source>
        <translation>Redémarrez Pli. Si cela se reproduit, déconnectez-vous puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="89"/>
        <source>The conversation was created but the server did not turn encryption on.</source>
        <translation>La conversation a été créée, mais le serveur n’a pas activé le chiffrement.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="91"/>
        <source>Do not use this conversation for sensitive information; contact your IT support.</source>
        <translation>N’utilisez pas cette conversation pour des informations sensibles ; contactez votre support informatique.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="96"/>
        <source>This conversation is not loaded yet.</source>
        <translation>Cette conversation n’est pas encore chargée.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="97"/>
        <source>Wait a moment and try again.</source>
        <translation>Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="101"/>
        <source>Your message could not be sent: {reason}</source>
        <translation>Votre message n’a pas pu être envoyé : {reason}</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="102"/>
        <source>Your text is kept. Press Retry when the connection is back.</source>
        <translation>Votre texte est conservé. Appuyez sur Réessayer quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="109"/>
        <source>Pli cannot find the system keyring where it keeps your encryption keys.</source>
        <translation>Pli ne trouve pas le trousseau du système où il conserve vos clés de chiffrement.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="111"/>
        <source>On Linux, install and start a Secret Service (GNOME Keyring or KWallet) and open your session with it; on Windows, the Credential Manager must be enabled. Pli will not store keys without it.</source>
        <translation>Sous Linux, installez et démarrez un service de secrets (GNOME Keyring ou KWallet) et ouvrez votre session avec ; sous Windows, le Gestionnaire d’identification doit être activé. Pli ne conserve pas de clés sans lui.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="118"/>
        <source>The system keyring is locked.</source>
        <translation>Le trousseau du système est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="119"/>
        <source>Unlock your keyring (it usually opens with your session password), then start Pli again.</source>
        <translation>Déverrouillez votre trousseau (il s’ouvre en général avec le mot de passe de votre session), puis relancez Pli.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="125"/>
        <source>The keyring backend “{backend}” is not safe enough.</source>
        <translation>Le trousseau « {backend} » n’est pas assez sûr.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="126"/>
        <source>It would keep keys in a plain file. Remove it (keyrings.alt) or choose the system keyring.</source>
        <translation>Il conserverait les clés dans un simple fichier. Retirez-le (keyrings.alt) ou choisissez le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="132"/>
        <source>The local data of this account cannot be read.</source>
        <translation>Les données locales de ce compte sont illisibles.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="133"/>
        <source>Sign in again; your messages are kept on the server.</source>
        <translation>Reconnectez-vous ; vos messages sont conservés sur le serveur.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="29"/>
        <location filename="../../client/ui/dialogs/login.py" line="30"/>
        <source>Sign in to Pli</source>
        <translation>Se connecter à Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="33"/>
        <source>Sign in with your Matrix account. Your messages are end-to-end encrypted; your keys stay in this computer&apos;s keyring.</source>
        <translation>Connectez-vous avec votre compte Matrix. Vos messages sont chiffrés de bout en bout ; vos clés restent dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="38"/>
        <source>@marie.dupont:example.gouv.fr</source>
        <translation>@marie.dupont:exemple.gouv.fr</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="39"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="43"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="46"/>
        <source>Found from your address if left empty</source>
        <translation>Déduit de votre adresse si vide</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="47"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="50"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="52"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="54"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="64"/>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="68"/>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="69"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="75"/>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="76"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="78"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="100"/>
        <source>Type your user name and your password.</source>
        <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="52"/>
        <source>Pli — {user}</source>
        <translation>Pli — {user}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="53"/>
        <source>Pli main window</source>
        <translation>Fenêtre principale de Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="76"/>
        <source>&amp;New chat…</source>
        <translation>&amp;Nouvelle conversation…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="77"/>
        <source>Start a new encrypted direct chat</source>
        <translation>Démarrer une nouvelle conversation privée chiffrée</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="82"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="91"/>
        <location filename="../../client/ui/views/main_window.py" line="204"/>
        <source>Choose a conversation</source>
        <translation>Choisissez une conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="93"/>
        <source>Conversation name</source>
        <translation>Nom de la conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="99"/>
        <source>Encryption state</source>
        <translation>État du chiffrement</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="111"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="112"/>
        <source>Accept the invitation</source>
        <translation>Accepter l’invitation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="113"/>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="114"/>
        <source>Decline the invitation</source>
        <translation>Refuser l’invitation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="125"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="139"/>
        <source>Sending problem</source>
        <translation>Problème d’envoi</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="140"/>
        <source>&amp;Retry</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="141"/>
        <source>Retry sending the message</source>
        <translation>Réessayer d’envoyer le message</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="151"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="152"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="167"/>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="171"/>
        <source>&amp;Pli</source>
        <translation>&amp;Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="172"/>
        <source>&amp;New direct chat…</source>
        <translation>&amp;Nouvelle conversation privée…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="176"/>
        <source>&amp;Reconnect now</source>
        <translation>Se &amp;reconnecter maintenant</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="180"/>
        <source>Sign &amp;out of this device…</source>
        <translation>Se &amp;déconnecter de cet appareil…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="230"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="231"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="232"/>
        <source>Connection lost — reconnecting…</source>
        <translation>Connexion perdue — reconnexion…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="233"/>
        <source>Offline — retrying in {seconds} s</source>
        <translation>Hors ligne — nouvel essai dans {seconds} s</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="262"/>
        <source>End-to-end encrypted</source>
        <translation>Chiffré de bout en bout</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="264"/>
        <source>Not encrypted: do not share sensitive information</source>
        <translation>Non chiffré : ne partagez pas d’informations sensibles</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="270"/>
        <source>{inviter} invites you to this conversation.</source>
        <translation>{inviter} vous invite à cette conversation.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="271"/>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="301"/>
        <source>New direct chat</source>
        <translation>Nouvelle conversation privée</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="302"/>
        <source>Address of the person (for example @marie.dupont:example.gouv.fr):</source>
        <translation>Adresse de la personne (par exemple @marie.dupont:exemple.gouv.fr) :</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="308"/>
        <source>Creating an encrypted chat with {user}…</source>
        <translation>Création d’une conversation chiffrée avec {user}…</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../../client/ui/views/delegates.py" line="72"/>
        <source>Invitation — open to accept or decline</source>
        <translation>Invitation — ouvrez-la pour accepter ou refuser</translation>
    </message>
</context>
<context>
    <name>RoomListModel</name>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="31"/>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="33"/>
        <source>encrypted</source>
        <translation>chiffrée</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="34"/>
        <source>not encrypted</source>
        <translation>non chiffrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/models/rooms.py" line="37"/>
        <source>%n unread message(s)</source>
        <translation><numerusform>%n message non lu</numerusform><numerusform>%n messages non lus</numerusform></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="35"/>
        <source>Waiting for the key to decrypt this message…</source>
        <translation>En attente de la clé pour déchiffrer ce message…</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="44"/>
        <source>This kind of message cannot be shown yet.</source>
        <translation>Ce type de message ne peut pas encore être affiché.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="75"/>
        <source>{sender} at {time}: {text}</source>
        <translation>{sender} à {time} : {text}</translation>
    </message>
</context>
</TS>
