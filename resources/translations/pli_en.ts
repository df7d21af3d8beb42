<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="54"/>
        <location filename="../../client/ui/dialogs/verification.py" line="55"/>
        <location filename="../../client/ui/verification_controller.py" line="306"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="33"/>
        <location filename="../../client/ui/dialogs/settings.py" line="34"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="29"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="39"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="41"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="43"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="52"/>
        <source>About this setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="64"/>
        <source>A new language applies the next time Pli starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="66"/>
        <source>Show &amp;desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="67"/>
        <source>Show desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="69"/>
        <source>For direct chats, mentions of you and your keywords; muted conversations never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="74"/>
        <source>&amp;Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="76"/>
        <source>Keywords that notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="77"/>
        <source>For example: crise, urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="85"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="86"/>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="89"/>
        <location filename="../../client/ui/dialogs/verification.py" line="75"/>
        <location filename="../../client/ui/dialogs/verification.py" line="185"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="90"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="107"/>
        <source>The settings could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="76"/>
        <source>Cancel the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="101"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="101"/>
        <source>Accept the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="104"/>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="104"/>
        <source>Decline the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="115"/>
        <source>Scan their code with the ca&amp;mera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="116"/>
        <source>Scan the other device&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="119"/>
        <source>&amp;Scan their code from an image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="120"/>
        <source>Scan the other device&apos;s code from an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="123"/>
        <source>Compare &amp;emoji instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="123"/>
        <source>Compare emoji instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="136"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="137"/>
        <source>Back to the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="150"/>
        <source>They &amp;match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="150"/>
        <source>The emoji match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="153"/>
        <source>They do&amp;n&apos;t match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="153"/>
        <source>The emoji do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="162"/>
        <source>&amp;Yes, it says verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="162"/>
        <source>The other device confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="165"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="165"/>
        <source>The other device did not confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="182"/>
        <location filename="../../client/ui/verification_controller.py" line="123"/>
        <source>your other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="28"/>
        <source>✔ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="29"/>
        <source>✔ Verified by its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="30"/>
        <source>⚠ Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="52"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="26"/>
        <source>My devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="52"/>
        <source>Devices of {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="61"/>
        <source>I &amp;understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="62"/>
        <source>Acknowledge the changed security key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="67"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="67"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="67"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="67"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="68"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="74"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="45"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="75"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="46"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="82"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="82"/>
        <source>Rename the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="83"/>
        <source>&amp;Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="83"/>
        <source>Verify the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="84"/>
        <source>&amp;Sign out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="84"/>
        <source>Sign the selected device out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="87"/>
        <source>&amp;Verify this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="87"/>
        <source>Verify this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="96"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="144"/>
        <location filename="../../client/ui/dialogs/security_settings.py" line="44"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="55"/>
        <location filename="../../client/ui/dialogs/verification.py" line="185"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="97"/>
        <source>Close the device list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="108"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="110"/>
        <source>{name} (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="127"/>
        <source>⚠ The security key of {user} has changed. They may have reset their account, or someone may be impersonating them. Their devices are not trusted until you verify them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="189"/>
        <source>Verification request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="191"/>
        <source>{who} wants to verify with you. Accept only if you are in touch with them right now, in person or by a call you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="203"/>
        <source>Scan this code with {who}, or scan theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="205"/>
        <source>Scan the code shown by {who}, or compare emoji.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="206"/>
        <location filename="../../client/ui/dialogs/verification.py" line="238"/>
        <source>Verify {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="213"/>
        <source>Compare the emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="214"/>
        <source>Check that {who} shows the same emoji, in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="219"/>
        <source>Code scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="220"/>
        <source>Does {who} show that the code was scanned successfully?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="224"/>
        <source>This device and your other device now trust each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="226"/>
        <source>{who} is verified. Their messages show as trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="228"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="236"/>
        <source>Verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="242"/>
        <source>Waiting for the other device to accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="243"/>
        <source>Exchanging keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="244"/>
        <source>Waiting for the other device to confirm the emoji…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="245"/>
        <source>The code matches. Waiting for the other device to confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="246"/>
        <source>Waiting for the other device to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="247"/>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="264"/>
        <source>Scan their code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="265"/>
        <source>Point the camera at the code on the other device, or read it from the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="285"/>
        <source>Open a picture of the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="285"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="295"/>
        <source>No verification code was found in this picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="57"/>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="58"/>
        <source>Verify &amp;this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="60"/>
        <source>Verify this device with another of your devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="63"/>
        <source>Verify this &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="65"/>
        <source>Verify the person in this direct chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="70"/>
        <source>My &amp;devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="72"/>
        <source>See, verify, rename or sign out your devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="74"/>
        <source>&amp;Contact&apos;s security…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="76"/>
        <source>See the devices of the person in this direct chat and verify them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="84"/>
        <source>Set up secure &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="85"/>
        <source>Create a recovery key that keeps your history safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="87"/>
        <source>&amp;Read your history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="88"/>
        <source>Unlock your history with your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="19"/>
        <location filename="../../client/ui/dialogs/security_settings.py" line="20"/>
        <source>Security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="23"/>
        <source>Checking your secure backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="25"/>
        <source>Secure backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="29"/>
        <source>Set &amp;up secure backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="29"/>
        <source>Set up secure backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="32"/>
        <source>&amp;Change the recovery key or passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="33"/>
        <source>Change the recovery key or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="35"/>
        <source>&amp;Reset the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="35"/>
        <location filename="../../client/ui/verification_controller.py" line="410"/>
        <source>Reset the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="36"/>
        <location filename="../../client/ui/dialogs/signed_out.py" line="35"/>
        <location filename="../../client/ui/verification_controller.py" line="93"/>
        <source>&amp;Export message keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="45"/>
        <source>Close the security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="51"/>
        <source>Secure backup is off: a new computer could not read your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="54"/>
        <source>Secure backup is on, but this device cannot add to it yet. Unlock it with your recovery key or verify this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="59"/>
        <source>Secure backup is on: {done} of {total} message keys of this device are backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="95"/>
        <source>Save your message keys to a file protected by a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="37"/>
        <location filename="../../client/ui/verification_controller.py" line="98"/>
        <source>&amp;Import message keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="100"/>
        <source>Read message keys from a file exported by Pli or Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="106"/>
        <source>Security &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="107"/>
        <source>Secure backup status, recovery key, key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="125"/>
        <source>Verification complete: {who} is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="173"/>
        <source>Open a direct chat with the person you want to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="253"/>
        <source>Rename device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="253"/>
        <source>New name for {device}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="267"/>
        <source>Sign out a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="268"/>
        <source>Sign the device {device} out? It loses access to your messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="313"/>
        <source>Confirm your identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="314"/>
        <source>Type your password to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="327"/>
        <source>Trust records reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="329"/>
        <source>The file where Pli keeps which people and devices you verified was damaged or altered, so Pli no longer trusts any of them. Verify your contacts and devices again; tell your IT security contact if you did not expect this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="356"/>
        <source>Verify this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="358"/>
        <source>Your account is used on another device. Verify this one with it now, so that your contacts and your other devices can trust it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="412"/>
        <source>Start a new backup with a new recovery key? Keys only in the old backup and on no device of yours will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="424"/>
        <source>Passphrase of the key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="36"/>
        <location filename="../../client/ui/verification_controller.py" line="430"/>
        <location filename="../../client/ui/verification_controller.py" line="432"/>
        <source>Export message keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="434"/>
        <source>Exporting message keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="438"/>
        <source>{count} message keys exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="37"/>
        <location filename="../../client/ui/verification_controller.py" line="446"/>
        <location filename="../../client/ui/verification_controller.py" line="447"/>
        <source>Import message keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="449"/>
        <source>Importing message keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="454"/>
        <source>{count} message keys imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="52"/>
        <source>QR code scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="57"/>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="60"/>
        <source>Read the code from the &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="61"/>
        <source>Read the code from the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="84"/>
        <source>No camera found. Show the code on this screen and read it from the screen, or open a picture of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="93"/>
        <source>Hold the other device&apos;s code in front of the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="103"/>
        <source>The camera cannot be used. Read the code from the screen instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="143"/>
        <source>No verification code is visible on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="42"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="52"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="53"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="153"/>
        <source>Secure your messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="81"/>
        <source>Optional: a passphrase you will remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="82"/>
        <source>Passphrase (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="84"/>
        <source>&amp;Create my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="85"/>
        <source>Create my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="87"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="88"/>
        <source>Set up secure backup later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="107"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="162"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="111"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="111"/>
        <source>Copy the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="112"/>
        <source>&amp;Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="112"/>
        <source>Save the recovery key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="113"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="113"/>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="120"/>
        <source>I have &amp;kept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="121"/>
        <source>I have kept the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="128"/>
        <source>Type your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="131"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="132"/>
        <source>Check the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="134"/>
        <source>&amp;Show it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="135"/>
        <source>Show the recovery key again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="145"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="56"/>
        <location filename="../../client/ui/views/find_bar.py" line="41"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="155"/>
        <source>Pli keeps an encrypted copy of your message keys on your server, so that a new or replaced computer can read your history. It is locked with a recovery key that only you keep. You may add a passphrase too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="160"/>
        <source>Securing your messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="160"/>
        <source>This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="164"/>
        <source>Keep it somewhere safe, away from this computer: a password manager, or on paper in a locked drawer. Anyone with it can read your messages. Pli shows it only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="169"/>
        <source>Check your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="169"/>
        <source>Type or paste it to check you kept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="171"/>
        <source>Your messages are secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="173"/>
        <source>Your message keys are backed up. On a new computer, sign in and use your recovery key to read your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="206"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="220"/>
        <source>Pli recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="233"/>
        <source>That is not the same key. Look again, or show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="250"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="251"/>
        <source>Read your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="256"/>
        <source>This is a new device. Type your recovery key or your passphrase to read your earlier messages, or verify it with another of your devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="265"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="266"/>
        <source>Recovery key or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="272"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="273"/>
        <source>Unlock with the recovery key or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="276"/>
        <source>&amp;Verify with another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="277"/>
        <source>Verify with another device instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="279"/>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="280"/>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="301"/>
        <source>Done: {count} message keys restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="12"/>
        <source>Jump to a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="13"/>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="14"/>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="16"/>
        <source>New direct chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="17"/>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="17"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="18"/>
        <source>New line in a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="18"/>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="19"/>
        <source>Leave the message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="19"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="20"/>
        <source>Edit my last message (empty message box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="20"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="21"/>
        <source>Stop replying or editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="22"/>
        <source>Reply to the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="23"/>
        <source>React to the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="24"/>
        <source>Edit the selected message (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="25"/>
        <source>Actions on the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="25"/>
        <source>Menu or Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="27"/>
        <source>Verify this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="28"/>
        <source>Close a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="21"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="28"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="30"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="38"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="39"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="31"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="43"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="43"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="25"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="15"/>
        <location filename="../../client/ui/views/find_bar.py" line="28"/>
        <source>Find in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="30"/>
        <source>Enter: older match, Shift+Enter: newer match, Esc: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="32"/>
        <source>Find in this conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="36"/>
        <source>Find result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="37"/>
        <source>&amp;Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="38"/>
        <source>Previous match (older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="39"/>
        <source>Ne&amp;wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="40"/>
        <source>Next match (newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="42"/>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="69"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="71"/>
        <source>{position} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="19"/>
        <location filename="../../client/ui/dialogs/signed_out.py" line="20"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="25"/>
        <source>This device was signed out by the server or from another device. Your messages and keys on this computer are kept until you decide. Export your message keys first if you may need to read this history elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="32"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="36"/>
        <source>Export message keys to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="38"/>
        <source>&amp;Delete the local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="39"/>
        <source>Delete this device&apos;s messages and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="41"/>
        <source>&amp;Quit and keep the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="42"/>
        <source>Quit Pli and keep the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../client/ui/controller.py" line="51"/>
        <source>Starting Pli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="53"/>
        <source>Starting the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="54"/>
        <location filename="../../client/ui/controller.py" line="57"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="64"/>
        <source>Starting a local homeserver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="67"/>
        <source>Creating your demo account and a demo contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="70"/>
        <source>Signing in and creating encryption keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="73"/>
        <source>Opening an encrypted chat with the demo contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="132"/>
        <location filename="../../client/ui/controller.py" line="342"/>
        <source>Pli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="152"/>
        <source>Keyring locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="154"/>
        <source>No safe place for your keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="176"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="179"/>
        <source>Delete the unreadable local data and sign in again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="188"/>
        <source>Pli cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="286"/>
        <location filename="../../client/ui/controller.py" line="299"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="287"/>
        <source>Sign out of this device? Its encryption keys and local data are deleted; messages you cannot read on another device will stay unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="302"/>
        <source>Delete the local data anyway? The device stays listed on the server until you remove it from another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="213"/>
        <source>The demo could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeModeBar</name>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="47"/>
        <source>Reply or edit in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="48"/>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="49"/>
        <source>Cancel the reply or the edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../client/ui/views/composer.py" line="31"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/composer.py" line="33"/>
        <source>Type your message. Enter sends it; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/composer.py" line="35"/>
        <source>Write an encrypted message…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateRoomDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="42"/>
        <location filename="../../client/ui/dialogs/rooms.py" line="43"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="47"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="50"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="53"/>
        <source>People to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="54"/>
        <source>@marie.dupont:gouv.fr, @paul:gouv.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="55"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="57"/>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="59"/>
        <source>&amp;Invite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="66"/>
        <source>🔒 Messages and files in this conversation are end-to-end encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="69"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="73"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="76"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="77"/>
        <source>Create the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="91"/>
        <source>Not a Matrix address: {list}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="25"/>
        <source>thumbs up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="26"/>
        <source>thumbs down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="27"/>
        <source>heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="28"/>
        <source>laughing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="29"/>
        <source>surprised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="30"/>
        <source>sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="31"/>
        <source>celebration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="32"/>
        <source>thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="33"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="34"/>
        <source>looking into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="35"/>
        <source>rocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="36"/>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="51"/>
        <source>React</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="52"/>
        <source>Choose a reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="67"/>
        <source>&amp;Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="69"/>
        <source>Other reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="70"/>
        <source>Type or paste an emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="77"/>
        <source>&amp;React</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="78"/>
        <source>React with the typed emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="80"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDetail</name>
    <message>
        <location filename="../../client/core/policy/loader.py" line="61"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="72"/>
        <source>unknown setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="105"/>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="112"/>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="131"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="135"/>
        <source>must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="139"/>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="143"/>
        <source>must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="148"/>
        <source>must be one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../client/core/errors.py" line="21"/>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="22"/>
        <source>Try again. If it keeps happening, contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="44"/>
        <source>“{user}” is not a valid user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="45"/>
        <source>Type your full address, like @marie.dupont:agents.example.gouv.fr, or your user name and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="53"/>
        <source>No Matrix server answers at “{server}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="54"/>
        <source>Check the server address and your network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="60"/>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="61"/>
        <source>Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="65"/>
        <source>The server refused the request: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="66"/>
        <source>Try again later. If it keeps happening, contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="72"/>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="73"/>
        <source>Pli keeps trying to reconnect by itself. Nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="79"/>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="80"/>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="84"/>
        <source>This device was signed out by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="85"/>
        <source>Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="98"/>
        <source>Encryption is not ready on this device, so the message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="101"/>
        <source>Restart Pli. If it keeps happening, sign out and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="107"/>
        <source>The conversation was created but the server did not turn encryption on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="110"/>
        <source>Do not use this conversation for sensitive information; contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="116"/>
        <source>This conversation is not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="117"/>
        <source>Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="121"/>
        <source>This message cannot be changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="122"/>
        <source>Only your own messages, once sent, can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="126"/>
        <source>The file {name} cannot be opened: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="127"/>
        <source>Ask the sender to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="131"/>
        <source>{name} is {size}; the largest file you may send is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="134"/>
        <source>Share a smaller file, or a link to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="138"/>
        <source>Your message could not be sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="139"/>
        <source>It is kept: retry or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="146"/>
        <source>It is kept and sent by itself as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="143"/>
        <source>Your message could not be sent: the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="155"/>
        <source>Pli cannot find the system keyring where it keeps your encryption keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="158"/>
        <source>On Linux, install and start a Secret Service (GNOME Keyring or KWallet) and open your session with it; on Windows, the Credential Manager must be enabled. Pli will not store keys without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="167"/>
        <source>The system keyring is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="168"/>
        <source>Unlock your keyring (it usually opens with your session password), then start Pli again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="175"/>
        <source>The keyring backend “{backend}” is not safe enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="176"/>
        <source>It would keep keys in a plain file. Remove it (keyrings.alt) or choose the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="184"/>
        <source>The local data of this account cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="185"/>
        <source>Sign in again; your messages are kept on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="189"/>
        <source>The local data of this account cannot be opened now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="190"/>
        <source>Close any other Pli window and start Pli again. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="197"/>
        <source>Pli is already running for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="198"/>
        <source>Use the Pli window that is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="202"/>
        <source>Your organisation does not allow signing in to the server {server}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="205"/>
        <source>Use your work account on one of these servers: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="225"/>
        <source>You have no other device to verify this one with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="226"/>
        <source>Sign in to Pli or Element on another device first, then start the verification again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/verification/qr.py" line="49"/>
        <source>This is not a valid Matrix verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/verification/qr.py" line="50"/>
        <source>Scan the code shown by the other device in its verification window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/backup_crypto.py" line="27"/>
        <source>A backed-up key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/backup_crypto.py" line="28"/>
        <source>Other keys are still restored. If many fail, the backup may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/key_export.py" line="38"/>
        <source>This file is not a key file Pli can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/key_export.py" line="39"/>
        <source>Choose a file exported from Pli or Element (“element-keys.txt”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/key_export.py" line="45"/>
        <source>The passphrase of this key file is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/key_export.py" line="46"/>
        <source>Type the passphrase chosen when the file was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/recovery_key.py" line="17"/>
        <source>This is not a valid recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/recovery_key.py" line="18"/>
        <source>Type the 48 characters exactly as written when you saved it (spaces do not matter), or use your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secret_storage.py" line="46"/>
        <source>Your secure backup could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secret_storage.py" line="47"/>
        <source>Check your recovery key or passphrase. If the backup was reset on another device, use the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secret_storage.py" line="55"/>
        <source>The recovery key or passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secret_storage.py" line="56"/>
        <source>Check it and try again; spaces and letter groups do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secure_backup.py" line="61"/>
        <source>This account has no secure backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secure_backup.py" line="62"/>
        <source>Set it up on a device that can read your messages, or verify this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="30"/>
        <source>Your organisation&apos;s settings for Pli are invalid ({source}, “{key}”): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="33"/>
        <source>Pli cannot start until your IT support corrects them. Contact them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/session/account_security.py" line="58"/>
        <source>Your organisation does not allow exporting message keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/session/account_security.py" line="61"/>
        <source>Your messages are kept safe by the secure backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/session/room_admin.py" line="42"/>
        <source>{user} is not a Matrix address (it looks like @name:server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/session/room_admin.py" line="45"/>
        <source>Check the address and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="47"/>
        <source>Send a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="66"/>
        <source>Send to {room}?

{files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="70"/>
        <source>Send files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="84"/>
        <location filename="../../client/ui/views/file_actions.py" line="92"/>
        <location filename="../../client/ui/views/file_actions.py" line="128"/>
        <source>File not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="93"/>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="106"/>
        <source>pasted image.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="144"/>
        <source>Save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="159"/>
        <source>Downloading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="170"/>
        <source>File not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="174"/>
        <location filename="../../client/ui/views/file_actions.py" line="177"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="100"/>
        <source>Invite to {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="103"/>
        <source>&amp;Address of the person (for example @marie.dupont:gouv.fr):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="105"/>
        <source>Address of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="109"/>
        <source>&amp;Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="110"/>
        <source>Send the invitation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="38"/>
        <location filename="../../client/ui/dialogs/login.py" line="39"/>
        <source>Sign in to Pli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="44"/>
        <source>Sign in with your Matrix account. Your messages are end-to-end encrypted; your keys stay in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="52"/>
        <source>@marie.dupont:example.gouv.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="53"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="57"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="62"/>
        <source>Found from your address if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="63"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="66"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="68"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="70"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="82"/>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="86"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="87"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="94"/>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="95"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="97"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="107"/>
        <source>Your session has expired. Type your password to continue on this device; your keys are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="134"/>
        <source>Type your user name and your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="89"/>
        <location filename="../../client/ui/views/main_window.py" line="457"/>
        <source>Pli — {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="90"/>
        <source>Pli main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="119"/>
        <source>&amp;New chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="120"/>
        <source>Start a new encrypted direct chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="125"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="134"/>
        <location filename="../../client/ui/views/main_window.py" line="467"/>
        <source>Choose a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="136"/>
        <source>Conversation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="142"/>
        <source>Encryption state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="151"/>
        <source>Topic of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="158"/>
        <source>External participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="170"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="171"/>
        <source>Accept the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="172"/>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="173"/>
        <source>Decline the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="192"/>
        <source>Who is typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="201"/>
        <source>Sending problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="202"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="203"/>
        <source>Retry sending the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="205"/>
        <source>D&amp;iscard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="206"/>
        <source>Discard the message that was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="222"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="223"/>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="231"/>
        <source>A&amp;ttach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="232"/>
        <source>Send a file or an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="234"/>
        <source>Send a file or an image (you can also drop or paste it here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="264"/>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="268"/>
        <source>&amp;Pli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="269"/>
        <source>&amp;New direct chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="273"/>
        <source>&amp;Reconnect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="276"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="282"/>
        <source>Sign &amp;out of this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="285"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="292"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="293"/>
        <source>&amp;Jump to a conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="296"/>
        <source>&amp;Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="299"/>
        <source>&amp;Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="302"/>
        <source>&amp;Find in this conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="305"/>
        <source>&amp;Search all conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="318"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="320"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="376"/>
        <source>Jump to a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="376"/>
        <source>Conversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/views/main_window.py" line="458"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="497"/>
        <source>{sender}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="552"/>
        <source>{name} is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="554"/>
        <source>{first} and {second} are typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="558"/>
        <source>Several people are typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="578"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="579"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="580"/>
        <source>Connection lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="581"/>
        <source>Offline — retrying in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/views/main_window.py" line="641"/>
        <source>%n older message(s) loaded</source>
        <translation>
            <numerusform>%n older message loaded</numerusform>
            <numerusform>%n older messages loaded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="643"/>
        <source>This is the start of the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="650"/>
        <source>Older messages could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="659"/>
        <source>End-to-end encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="662"/>
        <source>Not encrypted: do not share sensitive information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="671"/>
        <source>⚠ External participants from {servers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="681"/>
        <source>{inviter} invites you to this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="682"/>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="711"/>
        <source>New direct chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="712"/>
        <source>Address of the person (for example @marie.dupont:example.gouv.fr):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="721"/>
        <source>Creating an encrypted chat with {user}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="805"/>
        <source>A message could not be sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="812"/>
        <source>Write a message (NOT encrypted)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="814"/>
        <source>Write an encrypted message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="837"/>
        <source>Quit Pli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="838"/>
        <source>Some text you typed has not been sent. Quit anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="157"/>
        <source>✔ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="159"/>
        <source>⚠ Identity changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="161"/>
        <source>⚠ Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="162"/>
        <source>… Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="171"/>
        <source>People in {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="176"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="178"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="178"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="178"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="178"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="180"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="181"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="187"/>
        <source>{name} (invited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="190"/>
        <source>{address} — External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="198"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="204"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="206"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="208"/>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="209"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="80"/>
        <source>Replying to {sender}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="96"/>
        <source>Editing your message (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="169"/>
        <source>Delete this message for everyone? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="173"/>
        <source>Delete {sender}&apos;s message for everyone? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="178"/>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="197"/>
        <source>Open a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="205"/>
        <source>Spelled for the computer: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="214"/>
        <source>Pli cannot open this kind of link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="218"/>
        <source>This link leads to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="220"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="224"/>
        <source>Open the link in your browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../client/ui/notifier.py" line="75"/>
        <source>{sender} in {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/notifier.py" line="81"/>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../client/core/policy/schema.py" line="121"/>
        <source>Managed by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="26"/>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="29"/>
        <source>New &amp;room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="31"/>
        <source>&amp;Invite someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="33"/>
        <source>&amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="35"/>
        <source>Conversation &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="37"/>
        <source>&amp;Leave this conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="48"/>
        <source>&amp;Mute notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="99"/>
        <source>Creating the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="109"/>
        <source>Conversation not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="129"/>
        <source>Not invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="132"/>
        <source>{user} is invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="165"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="175"/>
        <source>Leave the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="176"/>
        <source>Leave {room}? Its new messages will no longer reach you; to come back, someone must invite you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="187"/>
        <source>Not left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../../client/ui/views/delegates.py" line="85"/>
        <source>Invitation — open to accept or decline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDialogs</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="32"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomListModel</name>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="46"/>
        <source>invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="48"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="50"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/models/rooms.py" line="54"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="122"/>
        <location filename="../../client/ui/dialogs/rooms.py" line="123"/>
        <source>Conversation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="127"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="130"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="133"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="135"/>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="141"/>
        <source>🔒 End-to-end encrypted (it cannot be turned off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="143"/>
        <source>⚠ Not encrypted: do not share sensitive information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="146"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="149"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="150"/>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="39"/>
        <location filename="../../client/ui/dialogs/search.py" line="40"/>
        <source>Search all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="46"/>
        <source>&amp;Words to find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="48"/>
        <source>Words to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="49"/>
        <source>For example: réunion budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="55"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="59"/>
        <source>Messages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="62"/>
        <source>Searches the messages kept on this device, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="63"/>
        <source>About search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="84"/>
        <source>{room} — {sender}, {time}
{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/dialogs/search.py" line="95"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message found</numerusform>
            <numerusform>%n messages found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="95"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="74"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="76"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="166"/>
        <source>{sender}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="170"/>
        <source>In reply to an earlier message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="288"/>
        <source>New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="302"/>
        <source>{time} (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="323"/>
        <source>(edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="420"/>
        <source>Click to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="434"/>
        <source>Uploading… {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="36"/>
        <source>Waiting for the key to decrypt this message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="45"/>
        <source>This kind of message cannot be shown yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="49"/>
        <source>Message deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="60"/>
        <source>Image: {name}{size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="63"/>
        <source>File: {name}{size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="70"/>
        <source>Seen by {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="74"/>
        <source>Seen by {names} and {count} others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="82"/>
        <source>{sender} at {time}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="88"/>
        <source>In reply to {sender}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="92"/>
        <source>In reply to an earlier message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="95"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="98"/>
        <source>Reactions: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="103"/>
        <source>Mentions you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="109"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="111"/>
        <source>⚠ Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="47"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="50"/>
        <source>Arrow keys move between messages. The context menu key offers reply, react, edit, delete and copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="62"/>
        <source>Loading older messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="64"/>
        <source>Loading older messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="207"/>
        <source>Message actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="210"/>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="211"/>
        <source>Re&amp;act…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="213"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="219"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="224"/>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="230"/>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="234"/>
        <source>S&amp;top sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="244"/>
        <source>Take back {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <location filename="../../client/core/verification/messages.py" line="89"/>
        <location filename="../../client/core/verification/messages.py" line="126"/>
        <source>The verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="90"/>
        <source>The verification took too long and was stopped. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="93"/>
        <source>The other device no longer knows this verification. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="96"/>
        <source>The two devices have no verification method in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="99"/>
        <source>The other device did something unexpected. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="102"/>
        <source>The keys did not match: this may be an attack. Nothing was trusted. Tell your IT security contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="107"/>
        <source>The code belongs to another person. Nothing was trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="110"/>
        <source>The other device sent an invalid message. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="113"/>
        <source>The request was answered on another of your devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="116"/>
        <source>The other device changed its key during the verification: this may be an attack. Nothing was trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="121"/>
        <source>The emoji did not match: this may be an attack. Nothing was trusted. Tell your IT security contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/verification_widgets.py" line="37"/>
        <source>Verification QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/verification_widgets.py" line="39"/>
        <source>Scan this code with the camera of the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/verification_widgets.py" line="91"/>
        <source>Emoji to compare: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
