<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="54"/>
        <location filename="../../client/ui/dialogs/verification.py" line="55"/>
        <location filename="../../client/ui/verification_controller.py" line="442"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="33"/>
        <location filename="../../client/ui/dialogs/settings.py" line="34"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="29"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="39"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="41"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="43"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="52"/>
        <source>About this setting</source>
        <translation>About this setting</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="64"/>
        <source>A new language applies the next time Pli starts.</source>
        <translation>A new language applies the next time Pli starts.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="66"/>
        <source>Show &amp;desktop notifications</source>
        <translation>Show &amp;desktop notifications</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="67"/>
        <source>Show desktop notifications</source>
        <translation>Show desktop notifications</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="69"/>
        <source>For direct chats, mentions of you and your keywords; muted conversations never.</source>
        <translation>For direct chats, mentions of you and your keywords; muted conversations never.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="74"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;Keywords:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="76"/>
        <source>Keywords that notify</source>
        <translation>Keywords that notify</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="77"/>
        <source>For example: crise, urgent</source>
        <translation>For example: crise, urgent</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="85"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="86"/>
        <source>Save the settings</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="89"/>
        <location filename="../../client/ui/dialogs/verification.py" line="75"/>
        <location filename="../../client/ui/dialogs/verification.py" line="185"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="90"/>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/settings.py" line="107"/>
        <source>The settings could not be saved: {reason}</source>
        <translation>The settings could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="76"/>
        <source>Cancel the verification</source>
        <translation>Cancel the verification</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="101"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="101"/>
        <source>Accept the verification</source>
        <translation>Accept the verification</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="104"/>
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="104"/>
        <source>Decline the verification</source>
        <translation>Decline the verification</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="115"/>
        <source>Scan their code with the ca&amp;mera…</source>
        <translation>Scan their code with the ca&amp;mera…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="116"/>
        <source>Scan the other device&apos;s code</source>
        <translation>Scan the other device&apos;s code</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="119"/>
        <source>&amp;Scan their code from an image…</source>
        <translation>&amp;Scan their code from an image…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="120"/>
        <source>Scan the other device&apos;s code from an image file</source>
        <translation>Scan the other device&apos;s code from an image file</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="123"/>
        <source>Compare &amp;emoji instead</source>
        <translation>Compare &amp;emoji instead</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="123"/>
        <source>Compare emoji instead</source>
        <translation>Compare emoji instead</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="136"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="137"/>
        <source>Back to the code</source>
        <translation>Back to the code</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="150"/>
        <source>They &amp;match</source>
        <translation>They &amp;match</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="150"/>
        <source>The emoji match</source>
        <translation>The emoji match</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="153"/>
        <source>They do&amp;n&apos;t match</source>
        <translation>They do&amp;n&apos;t match</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="153"/>
        <source>The emoji do not match</source>
        <translation>The emoji do not match</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="162"/>
        <source>&amp;Yes, it says verified</source>
        <translation>&amp;Yes, it says verified</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="162"/>
        <source>The other device confirmed</source>
        <translation>The other device confirmed</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="165"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="165"/>
        <source>The other device did not confirm</source>
        <translation>The other device did not confirm</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="182"/>
        <location filename="../../client/ui/verification_controller.py" line="141"/>
        <source>your other device</source>
        <translation>your other device</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="28"/>
        <source>✔ Verified</source>
        <translation>✔ Verified</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="29"/>
        <source>✔ Verified by its owner</source>
        <translation>✔ Verified by its owner</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="30"/>
        <source>⚠ Not verified</source>
        <translation>⚠ Not verified</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="52"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="26"/>
        <source>My devices</source>
        <translation>My devices</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="52"/>
        <source>Devices of {user}</source>
        <translation>Devices of {user}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="61"/>
        <location filename="../../client/ui/verification_controller.py" line="386"/>
        <source>I &amp;understand</source>
        <translation>I &amp;understand</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="62"/>
        <source>Acknowledge the changed security key</source>
        <translation>Acknowledge the changed security key</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="67"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="67"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="67"/>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="67"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="68"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="74"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="45"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="75"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="46"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="82"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="82"/>
        <source>Rename the selected device</source>
        <translation>Rename the selected device</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="83"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="83"/>
        <source>Verify the selected device</source>
        <translation>Verify the selected device</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="84"/>
        <source>&amp;Sign out…</source>
        <translation>&amp;Sign out…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="84"/>
        <source>Sign the selected device out</source>
        <translation>Sign the selected device out</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="87"/>
        <source>&amp;Verify this person…</source>
        <translation>&amp;Verify this person…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="87"/>
        <source>Verify this person</source>
        <translation>Verify this person</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="96"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="144"/>
        <location filename="../../client/ui/dialogs/security_settings.py" line="44"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="55"/>
        <location filename="../../client/ui/dialogs/verification.py" line="185"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="97"/>
        <source>Close the device list</source>
        <translation>Close the device list</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="108"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="110"/>
        <source>{name} (this device)</source>
        <translation>{name} (this device)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/devices.py" line="127"/>
        <source>⚠ The security key of {user} has changed. They may have reset their account, or someone may be impersonating them. Their devices are not trusted until you verify them again.</source>
        <translation>⚠ The security key of {user} has changed. They may have reset their account, or someone may be impersonating them. Their devices are not trusted until you verify them again.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="189"/>
        <source>Verification request</source>
        <translation>Verification request</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="191"/>
        <source>{who} wants to verify with you. Accept only if you are in touch with them right now, in person or by a call you trust.</source>
        <translation>{who} wants to verify with you. Accept only if you are in touch with them right now, in person or by a call you trust.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="203"/>
        <source>Scan this code with {who}, or scan theirs.</source>
        <translation>Scan this code with {who}, or scan theirs.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="205"/>
        <source>Scan the code shown by {who}, or compare emoji.</source>
        <translation>Scan the code shown by {who}, or compare emoji.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="206"/>
        <location filename="../../client/ui/dialogs/verification.py" line="238"/>
        <source>Verify {who}</source>
        <translation>Verify {who}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="213"/>
        <source>Compare the emoji</source>
        <translation>Compare the emoji</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="214"/>
        <source>Check that {who} shows the same emoji, in the same order.</source>
        <translation>Check that {who} shows the same emoji, in the same order.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="219"/>
        <source>Code scanned</source>
        <translation>Code scanned</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="220"/>
        <source>Does {who} show that the code was scanned successfully?</source>
        <translation>Does {who} show that the code was scanned successfully?</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="224"/>
        <source>This device and your other device now trust each other.</source>
        <translation>This device and your other device now trust each other.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="226"/>
        <source>{who} is verified. Their messages show as trusted.</source>
        <translation>{who} is verified. Their messages show as trusted.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="228"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="236"/>
        <source>Verification failed</source>
        <translation>Verification failed</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="242"/>
        <source>Waiting for the other device to accept…</source>
        <translation>Waiting for the other device to accept…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="243"/>
        <source>Exchanging keys…</source>
        <translation>Exchanging keys…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="244"/>
        <source>Waiting for the other device to confirm the emoji…</source>
        <translation>Waiting for the other device to confirm the emoji…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="245"/>
        <source>The code matches. Waiting for the other device to confirm…</source>
        <translation>The code matches. Waiting for the other device to confirm…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="246"/>
        <source>Waiting for the other device to finish…</source>
        <translation>Waiting for the other device to finish…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="247"/>
        <source>Please wait…</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="264"/>
        <source>Scan their code</source>
        <translation>Scan their code</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="265"/>
        <source>Point the camera at the code on the other device, or read it from the screen.</source>
        <translation>Point the camera at the code on the other device, or read it from the screen.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="285"/>
        <source>Open a picture of the code</source>
        <translation>Open a picture of the code</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="285"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/verification.py" line="295"/>
        <source>No verification code was found in this picture.</source>
        <translation>No verification code was found in this picture.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="73"/>
        <source>&amp;Security</source>
        <translation>&amp;Security</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="74"/>
        <source>Verify &amp;this device…</source>
        <translation>Verify &amp;this device…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="76"/>
        <source>Verify this device with another of your devices</source>
        <translation>Verify this device with another of your devices</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="79"/>
        <source>Verify this &amp;contact…</source>
        <translation>Verify this &amp;contact…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="81"/>
        <source>Verify the person in this direct chat</source>
        <translation>Verify the person in this direct chat</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="86"/>
        <source>My &amp;devices…</source>
        <translation>My &amp;devices…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="88"/>
        <source>See, verify, rename or sign out your devices</source>
        <translation>See, verify, rename or sign out your devices</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="90"/>
        <source>&amp;Contact&apos;s security…</source>
        <translation>&amp;Contact&apos;s security…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="92"/>
        <source>See the devices of the person in this direct chat and verify them</source>
        <translation>See the devices of the person in this direct chat and verify them</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="100"/>
        <source>Set up secure &amp;backup…</source>
        <translation>Set up secure &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="101"/>
        <source>Create a recovery key that keeps your history safe</source>
        <translation>Create a recovery key that keeps your history safe</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="103"/>
        <source>&amp;Read your history…</source>
        <translation>&amp;Read your history…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="104"/>
        <source>Unlock your history with your recovery key</source>
        <translation>Unlock your history with your recovery key</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="19"/>
        <location filename="../../client/ui/dialogs/security_settings.py" line="20"/>
        <source>Security settings</source>
        <translation>Security settings</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="23"/>
        <source>Checking your secure backup…</source>
        <translation>Checking your secure backup…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="25"/>
        <source>Secure backup status</source>
        <translation>Secure backup status</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="29"/>
        <source>Set &amp;up secure backup…</source>
        <translation>Set &amp;up secure backup…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="29"/>
        <source>Set up secure backup</source>
        <translation>Set up secure backup</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="32"/>
        <source>&amp;Change the recovery key or passphrase…</source>
        <translation>&amp;Change the recovery key or passphrase…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="33"/>
        <source>Change the recovery key or passphrase</source>
        <translation>Change the recovery key or passphrase</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="35"/>
        <source>&amp;Reset the backup…</source>
        <translation>&amp;Reset the backup…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="35"/>
        <location filename="../../client/ui/verification_controller.py" line="548"/>
        <source>Reset the backup</source>
        <translation>Reset the backup</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="36"/>
        <location filename="../../client/ui/dialogs/signed_out.py" line="35"/>
        <location filename="../../client/ui/verification_controller.py" line="109"/>
        <source>&amp;Export message keys…</source>
        <translation>&amp;Export message keys…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="45"/>
        <source>Close the security settings</source>
        <translation>Close the security settings</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="51"/>
        <source>Secure backup is off: a new computer could not read your history.</source>
        <translation>Secure backup is off: a new computer could not read your history.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="54"/>
        <source>Secure backup is on, but this device cannot add to it yet. Unlock it with your recovery key or verify this device.</source>
        <translation>Secure backup is on, but this device cannot add to it yet. Unlock it with your recovery key or verify this device.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="59"/>
        <source>Secure backup is on: {done} of {total} message keys of this device are backed up.</source>
        <translation>Secure backup is on: {done} of {total} message keys of this device are backed up.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="111"/>
        <source>Save your message keys to a file protected by a passphrase</source>
        <translation>Save your message keys to a file protected by a passphrase</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="37"/>
        <location filename="../../client/ui/verification_controller.py" line="114"/>
        <source>&amp;Import message keys…</source>
        <translation>&amp;Import message keys…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="66"/>
        <source>Verification requests waiting</source>
        <translation>Verification requests waiting</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="68"/>
        <source>Identity changed</source>
        <translation>Identity changed</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="116"/>
        <source>Read message keys from a file exported by Pli or Element</source>
        <translation>Read message keys from a file exported by Pli or Element</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="122"/>
        <source>Security &amp;settings…</source>
        <translation>Security &amp;settings…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="123"/>
        <source>Secure backup status, recovery key, key files</source>
        <translation>Secure backup status, recovery key, key files</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="143"/>
        <source>Verification complete: {who} is verified.</source>
        <translation>Verification complete: {who} is verified.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="169"/>
        <source>A verification request from {who} is waiting.</source>
        <translation>A verification request from {who} is waiting.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="171"/>
        <source>{count} verification requests are waiting (from {who}).</source>
        <translation>{count} verification requests are waiting (from {who}).</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="179"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="179"/>
        <source>Decline &amp;all</source>
        <translation>Decline &amp;all</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="239"/>
        <source>Open a direct chat with the person you want to verify.</source>
        <translation>Open a direct chat with the person you want to verify.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="319"/>
        <source>Rename device</source>
        <translation>Rename device</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="319"/>
        <source>New name for {device}:</source>
        <translation>New name for {device}:</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="334"/>
        <source>Sign out a device</source>
        <translation>Sign out a device</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="335"/>
        <source>Sign the device {device} out? It loses access to your messages.</source>
        <translation>Sign the device {device} out? It loses access to your messages.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="378"/>
        <source>{who}&apos;s identity has changed since you verified them. Messages to this conversation are held until you decide.</source>
        <translation>{who}&apos;s identity has changed since you verified them. Messages to this conversation are held until you decide.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="387"/>
        <source>&amp;Verify again</source>
        <translation>&amp;Verify again</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="406"/>
        <source>The server showed two different sets of keys for your device {device}. Pli sends it no keys and no secrets: this may be an attack.</source>
        <translation>The server showed two different sets of keys for your device {device}. Pli sends it no keys and no secrets: this may be an attack.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="411"/>
        <source>The server showed two different sets of keys for the device {device} of {user}. Pli sends it no message keys: this may be an attack.</source>
        <translation>The server showed two different sets of keys for the device {device} of {user}. Pli sends it no message keys: this may be an attack.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="416"/>
        <source>Sign that device out, then sign in on it again; verify it once more.</source>
        <translation>Sign that device out, then sign in on it again; verify it once more.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="418"/>
        <source>Ask {user} to sign that device out and sign in on it again.</source>
        <translation>Ask {user} to sign that device out and sign in on it again.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="422"/>
        <source>Security warning</source>
        <translation>Security warning</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="449"/>
        <source>Confirm your identity</source>
        <translation>Confirm your identity</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="450"/>
        <source>Type your password to confirm:</source>
        <translation>Type your password to confirm:</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="465"/>
        <source>Trust records reset</source>
        <translation>Trust records reset</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="467"/>
        <source>The file where Pli keeps which people and devices you verified was damaged or altered, so Pli no longer trusts any of them. Verify your contacts and devices again; tell your IT security contact if you did not expect this.</source>
        <translation>The file where Pli keeps which people and devices you verified was damaged or altered, so Pli no longer trusts any of them. Verify your contacts and devices again; tell your IT security contact if you did not expect this.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="494"/>
        <source>Verify this device</source>
        <translation>Verify this device</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="496"/>
        <source>Your account is used on another device. Verify this one with it now, so that your contacts and your other devices can trust it?</source>
        <translation>Your account is used on another device. Verify this one with it now, so that your contacts and your other devices can trust it?</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="550"/>
        <source>Start a new backup with a new recovery key? Keys only in the old backup and on no device of yours will be lost.</source>
        <translation>Start a new backup with a new recovery key? Keys only in the old backup and on no device of yours will be lost.</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="561"/>
        <source>Passphrase of the key file:</source>
        <translation>Passphrase of the key file:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="36"/>
        <location filename="../../client/ui/verification_controller.py" line="568"/>
        <location filename="../../client/ui/verification_controller.py" line="574"/>
        <source>Export message keys</source>
        <translation>Export message keys</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="576"/>
        <source>Exporting message keys…</source>
        <translation>Exporting message keys…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="580"/>
        <source>{count} message keys exported.</source>
        <translation>{count} message keys exported.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/security_settings.py" line="37"/>
        <location filename="../../client/ui/verification_controller.py" line="588"/>
        <location filename="../../client/ui/verification_controller.py" line="593"/>
        <source>Import message keys</source>
        <translation>Import message keys</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="595"/>
        <source>Importing message keys…</source>
        <translation>Importing message keys…</translation>
    </message>
    <message>
        <location filename="../../client/ui/verification_controller.py" line="600"/>
        <source>{count} message keys imported.</source>
        <translation>{count} message keys imported.</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="52"/>
        <source>QR code scanner</source>
        <translation>QR code scanner</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="57"/>
        <source>Camera preview</source>
        <translation>Camera preview</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="60"/>
        <source>Read the code from the &amp;screen</source>
        <translation>Read the code from the &amp;screen</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="61"/>
        <source>Read the code from the screen</source>
        <translation>Read the code from the screen</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="84"/>
        <source>No camera found. Show the code on this screen and read it from the screen, or open a picture of it.</source>
        <translation>No camera found. Show the code on this screen and read it from the screen, or open a picture of it.</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="93"/>
        <source>Hold the other device&apos;s code in front of the camera.</source>
        <translation>Hold the other device&apos;s code in front of the camera.</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="103"/>
        <source>The camera cannot be used. Read the code from the screen instead.</source>
        <translation>The camera cannot be used. Read the code from the screen instead.</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/qr_scanner.py" line="143"/>
        <source>No verification code is visible on the screen.</source>
        <translation>No verification code is visible on the screen.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="42"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="52"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="53"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="153"/>
        <source>Secure your messages</source>
        <translation>Secure your messages</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="81"/>
        <source>Optional: a passphrase you will remember</source>
        <translation>Optional: a passphrase you will remember</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="82"/>
        <source>Passphrase (optional)</source>
        <translation>Passphrase (optional)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="84"/>
        <source>&amp;Create my recovery key</source>
        <translation>&amp;Create my recovery key</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="85"/>
        <source>Create my recovery key</source>
        <translation>Create my recovery key</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="87"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="88"/>
        <source>Set up secure backup later</source>
        <translation>Set up secure backup later</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="107"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="162"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="111"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="111"/>
        <source>Copy the recovery key</source>
        <translation>Copy the recovery key</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="112"/>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Save to a file…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="112"/>
        <source>Save the recovery key to a file</source>
        <translation>Save the recovery key to a file</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="113"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="113"/>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="120"/>
        <source>I have &amp;kept it</source>
        <translation>I have &amp;kept it</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="121"/>
        <source>I have kept the recovery key</source>
        <translation>I have kept the recovery key</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="128"/>
        <source>Type your recovery key</source>
        <translation>Type your recovery key</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="131"/>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="132"/>
        <source>Check the recovery key</source>
        <translation>Check the recovery key</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="134"/>
        <source>&amp;Show it again</source>
        <translation>&amp;Show it again</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="135"/>
        <source>Show the recovery key again</source>
        <translation>Show the recovery key again</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="145"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="56"/>
        <location filename="../../client/ui/views/find_bar.py" line="41"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="155"/>
        <source>Pli keeps an encrypted copy of your message keys on your server, so that a new or replaced computer can read your history. It is locked with a recovery key that only you keep. You may add a passphrase too.</source>
        <translation>Pli keeps an encrypted copy of your message keys on your server, so that a new or replaced computer can read your history. It is locked with a recovery key that only you keep. You may add a passphrase too.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="160"/>
        <source>Securing your messages…</source>
        <translation>Securing your messages…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="160"/>
        <source>This takes a few seconds.</source>
        <translation>This takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="164"/>
        <source>Keep it somewhere safe, away from this computer: a password manager, or on paper in a locked drawer. Anyone with it can read your messages. Pli shows it only now.</source>
        <translation>Keep it somewhere safe, away from this computer: a password manager, or on paper in a locked drawer. Anyone with it can read your messages. Pli shows it only now.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="169"/>
        <source>Check your recovery key</source>
        <translation>Check your recovery key</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="169"/>
        <source>Type or paste it to check you kept it.</source>
        <translation>Type or paste it to check you kept it.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="171"/>
        <source>Your messages are secured</source>
        <translation>Your messages are secured</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="173"/>
        <source>Your message keys are backed up. On a new computer, sign in and use your recovery key to read your history.</source>
        <translation>Your message keys are backed up. On a new computer, sign in and use your recovery key to read your history.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="206"/>
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="220"/>
        <source>Pli recovery key</source>
        <translation>Pli recovery key</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="233"/>
        <source>That is not the same key. Look again, or show it again.</source>
        <translation>That is not the same key. Look again, or show it again.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="250"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="251"/>
        <source>Read your history</source>
        <translation>Read your history</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="256"/>
        <source>This is a new device. Type your recovery key or your passphrase to read your earlier messages, or verify it with another of your devices.</source>
        <translation>This is a new device. Type your recovery key or your passphrase to read your earlier messages, or verify it with another of your devices.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="265"/>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="266"/>
        <source>Recovery key or passphrase</source>
        <translation>Recovery key or passphrase</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="272"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="273"/>
        <source>Unlock with the recovery key or passphrase</source>
        <translation>Unlock with the recovery key or passphrase</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="276"/>
        <source>&amp;Verify with another device</source>
        <translation>&amp;Verify with another device</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="277"/>
        <source>Verify with another device instead</source>
        <translation>Verify with another device instead</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="279"/>
        <source>&amp;Skip</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="280"/>
        <source>Skip for now</source>
        <translation>Skip for now</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/secure_backup.py" line="301"/>
        <source>Done: {count} message keys restored.</source>
        <translation>Done: {count} message keys restored.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="12"/>
        <source>Jump to a conversation</source>
        <translation>Jump to a conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="13"/>
        <source>Next conversation</source>
        <translation>Next conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="14"/>
        <source>Previous conversation</source>
        <translation>Previous conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="16"/>
        <source>New direct chat</source>
        <translation>New direct chat</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="17"/>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="17"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="18"/>
        <source>New line in a message</source>
        <translation>New line in a message</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="18"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="19"/>
        <source>Leave the message box</source>
        <translation>Leave the message box</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="19"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="20"/>
        <source>Edit my last message (empty message box)</source>
        <translation>Edit my last message (empty message box)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="20"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="21"/>
        <source>Stop replying or editing</source>
        <translation>Stop replying or editing</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="22"/>
        <source>Reply to the selected message</source>
        <translation>Reply to the selected message</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="23"/>
        <source>React to the selected message</source>
        <translation>React to the selected message</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="24"/>
        <source>Edit the selected message (mine)</source>
        <translation>Edit the selected message (mine)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="25"/>
        <source>Actions on the selected message</source>
        <translation>Actions on the selected message</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="25"/>
        <source>Menu or Shift+F10</source>
        <translation>Menu or Shift+F10</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="27"/>
        <source>Verify this contact</source>
        <translation>Verify this contact</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="28"/>
        <source>Close a dialog</source>
        <translation>Close a dialog</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="21"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="28"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="30"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="38"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="39"/>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="31"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="43"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="43"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="25"/>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/shortcuts.py" line="15"/>
        <location filename="../../client/ui/views/find_bar.py" line="28"/>
        <source>Find in this conversation</source>
        <translation>Find in this conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="30"/>
        <source>Enter: older match, Shift+Enter: newer match, Esc: close</source>
        <translation>Enter: older match, Shift+Enter: newer match, Esc: close</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="32"/>
        <source>Find in this conversation…</source>
        <translation>Find in this conversation…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="36"/>
        <source>Find result</source>
        <translation>Find result</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="37"/>
        <source>&amp;Older</source>
        <translation>&amp;Older</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="38"/>
        <source>Previous match (older)</source>
        <translation>Previous match (older)</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="39"/>
        <source>Ne&amp;wer</source>
        <translation>Ne&amp;wer</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="40"/>
        <source>Next match (newer)</source>
        <translation>Next match (newer)</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="42"/>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="69"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/find_bar.py" line="71"/>
        <source>{position} of {count}</source>
        <translation>{position} of {count}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="19"/>
        <location filename="../../client/ui/dialogs/signed_out.py" line="20"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="25"/>
        <source>This device was signed out by the server or from another device. Your messages and keys on this computer are kept until you decide. Export your message keys first if you may need to read this history elsewhere.</source>
        <translation>This device was signed out by the server or from another device. Your messages and keys on this computer are kept until you decide. Export your message keys first if you may need to read this history elsewhere.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="32"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="36"/>
        <source>Export message keys to a file</source>
        <translation>Export message keys to a file</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="38"/>
        <source>&amp;Delete the local data</source>
        <translation>&amp;Delete the local data</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="39"/>
        <source>Delete this device&apos;s messages and keys</source>
        <translation>Delete this device&apos;s messages and keys</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="41"/>
        <source>&amp;Quit and keep the data</source>
        <translation>&amp;Quit and keep the data</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/signed_out.py" line="42"/>
        <source>Quit Pli and keep the data</source>
        <translation>Quit Pli and keep the data</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="26"/>
        <source>Protect your keys</source>
        <translation>Protect your keys</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="26"/>
        <source>Open your keys</source>
        <translation>Open your keys</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="33"/>
        <source>This computer has no system keyring. Your organisation allows Pli to keep your encryption keys in a file protected by a passphrase. Choose one that you do not use anywhere else: anyone who has this file and the passphrase can read your messages. If you forget it, you will have to sign in again.</source>
        <translation>This computer has no system keyring. Your organisation allows Pli to keep your encryption keys in a file protected by a passphrase. Choose one that you do not use anywhere else: anyone who has this file and the passphrase can read your messages. If you forget it, you will have to sign in again.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="39"/>
        <source>Type the passphrase that protects your encryption keys on this computer.</source>
        <translation>Type the passphrase that protects your encryption keys on this computer.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="43"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="48"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="49"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="52"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="54"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="60"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="65"/>
        <source>Opening the keys</source>
        <translation>Opening the keys</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/passphrase_store.py" line="80"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../client/ui/controller.py" line="60"/>
        <source>Starting Pli</source>
        <translation>Starting Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="62"/>
        <source>Starting the demo…</source>
        <translation>Starting the demo…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="63"/>
        <location filename="../../client/ui/controller.py" line="66"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="73"/>
        <source>Starting a local homeserver…</source>
        <translation>Starting a local homeserver…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="76"/>
        <source>Creating your demo account and a demo contact…</source>
        <translation>Creating your demo account and a demo contact…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="79"/>
        <source>Signing in and creating encryption keys…</source>
        <translation>Signing in and creating encryption keys…</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="82"/>
        <source>Opening an encrypted chat with the demo contact…</source>
        <translation>Opening an encrypted chat with the demo contact…</translation>
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
        <translation>Keyring locked</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="219"/>
        <source>No safe place for your keys</source>
        <translation>No safe place for your keys</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="281"/>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="284"/>
        <source>Delete the unreadable local data and sign in again?</source>
        <translation>Delete the unreadable local data and sign in again?</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="301"/>
        <source>Pli cannot start</source>
        <translation>Pli cannot start</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="427"/>
        <location filename="../../client/ui/controller.py" line="440"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="428"/>
        <source>Sign out of this device? Its encryption keys and local data are deleted; messages you cannot read on another device will stay unreadable.</source>
        <translation>Sign out of this device? Its encryption keys and local data are deleted; messages you cannot read on another device will stay unreadable.</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="443"/>
        <source>Delete the local data anyway? The device stays listed on the server until you remove it from another device.</source>
        <translation>Delete the local data anyway? The device stays listed on the server until you remove it from another device.</translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="336"/>
        <source>The demo could not start</source>
        <translation>The demo could not start</translation>
    </message>
</context>
<context>
    <name>ComposeModeBar</name>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="47"/>
        <source>Reply or edit in progress</source>
        <translation>Reply or edit in progress</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="48"/>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="49"/>
        <source>Cancel the reply or the edit</source>
        <translation>Cancel the reply or the edit</translation>
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
        <translation>Type your message. Enter sends it; Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/composer.py" line="35"/>
        <source>Write an encrypted message…</source>
        <translation>Write an encrypted message…</translation>
    </message>
</context>
<context>
    <name>CreateRoomDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="42"/>
        <location filename="../../client/ui/dialogs/rooms.py" line="43"/>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="47"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="50"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="53"/>
        <source>People to invite</source>
        <translation>People to invite</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="54"/>
        <source>@marie.dupont:gouv.fr, @paul:gouv.fr</source>
        <translation>@marie.dupont:gouv.fr, @paul:gouv.fr</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="57"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="59"/>
        <source>&amp;Invite:</source>
        <translation>&amp;Invite:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="66"/>
        <source>🔒 Messages and files in this conversation are end-to-end encrypted.</source>
        <translation>🔒 Messages and files in this conversation are end-to-end encrypted.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="69"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="73"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="76"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="77"/>
        <source>Create the conversation</source>
        <translation>Create the conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="91"/>
        <source>Not a Matrix address: {list}</source>
        <translation>Not a Matrix address: {list}</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="25"/>
        <source>thumbs up</source>
        <translation>thumbs up</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="26"/>
        <source>thumbs down</source>
        <translation>thumbs down</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="27"/>
        <source>heart</source>
        <translation>heart</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="28"/>
        <source>laughing</source>
        <translation>laughing</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="29"/>
        <source>surprised</source>
        <translation>surprised</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="30"/>
        <source>sad</source>
        <translation>sad</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="31"/>
        <source>celebration</source>
        <translation>celebration</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="32"/>
        <source>thank you</source>
        <translation>thank you</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="33"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="34"/>
        <source>looking into it</source>
        <translation>looking into it</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="35"/>
        <source>rocket</source>
        <translation>rocket</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="36"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="51"/>
        <source>React</source>
        <translation>React</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="52"/>
        <source>Choose a reaction</source>
        <translation>Choose a reaction</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="67"/>
        <source>&amp;Other:</source>
        <translation>&amp;Other:</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="69"/>
        <source>Other reaction</source>
        <translation>Other reaction</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="70"/>
        <source>Type or paste an emoji</source>
        <translation>Type or paste an emoji</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="77"/>
        <source>&amp;React</source>
        <translation>&amp;React</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="78"/>
        <source>React with the typed emoji</source>
        <translation>React with the typed emoji</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/emoji_picker.py" line="80"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ErrorDetail</name>
    <message>
        <location filename="../../client/core/policy/loader.py" line="61"/>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="72"/>
        <source>unknown setting</source>
        <translation>unknown setting</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="106"/>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="113"/>
        <source>not valid JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="169"/>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="173"/>
        <source>must be a whole number, 0 or more</source>
        <translation>must be a whole number, 0 or more</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="176"/>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="183"/>
        <source>must be a list of texts</source>
        <translation>must be a list of texts</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="188"/>
        <source>must be one of: {choices}</source>
        <translation>must be one of: {choices}</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="210"/>
        <source>must be an address like {example}://host:port ({choices})</source>
        <translation>must be an address like {example}://host:port ({choices})</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/schema.py" line="215"/>
        <source>must be an address like {example}://host ({choices})</source>
        <translation>must be an address like {example}://host ({choices})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../client/core/errors.py" line="21"/>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="22"/>
        <source>Try again. If it keeps happening, contact your IT support.</source>
        <translation>Try again. If it keeps happening, contact your IT support.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="47"/>
        <source>“{user}” is not a valid user name.</source>
        <translation>“{user}” is not a valid user name.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="48"/>
        <source>Type your full address, like @marie.dupont:agents.example.gouv.fr, or your user name and the server address.</source>
        <translation>Type your full address, like @marie.dupont:agents.example.gouv.fr, or your user name and the server address.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="56"/>
        <source>No Matrix server answers at “{server}”.</source>
        <translation>No Matrix server answers at “{server}”.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="57"/>
        <source>Check the server address and your network connection, then try again.</source>
        <translation>Check the server address and your network connection, then try again.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="63"/>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="64"/>
        <source>Check both and try again.</source>
        <translation>Check both and try again.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="68"/>
        <source>The server refused the request: {reason}</source>
        <translation>The server refused the request: {reason}</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="69"/>
        <source>Try again later. If it keeps happening, contact your IT support.</source>
        <translation>Try again later. If it keeps happening, contact your IT support.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="75"/>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="76"/>
        <source>Pli keeps trying to reconnect by itself. Nothing you typed is lost.</source>
        <translation>Pli keeps trying to reconnect by itself. Nothing you typed is lost.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="82"/>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="83"/>
        <source>Sign in again.</source>
        <translation>Sign in again.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="87"/>
        <source>This device was signed out by the server.</source>
        <translation>This device was signed out by the server.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="88"/>
        <source>Sign in again to continue.</source>
        <translation>Sign in again to continue.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="101"/>
        <source>Encryption is not ready on this device, so the message was not sent.</source>
        <translation>Encryption is not ready on this device, so the message was not sent.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="104"/>
        <source>Restart Pli. If it keeps happening, sign out and sign in again.</source>
        <translation>Restart Pli. If it keeps happening, sign out and sign in again.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="110"/>
        <source>The conversation was created but the server did not turn encryption on.</source>
        <translation>The conversation was created but the server did not turn encryption on.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="113"/>
        <source>Do not use this conversation for sensitive information; contact your IT support.</source>
        <translation>Do not use this conversation for sensitive information; contact your IT support.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="119"/>
        <source>This conversation is not loaded yet.</source>
        <translation>This conversation is not loaded yet.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="120"/>
        <source>Wait a moment and try again.</source>
        <translation>Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="124"/>
        <source>This message cannot be changed: {reason}</source>
        <translation>This message cannot be changed: {reason}</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="125"/>
        <source>Only your own messages, once sent, can be edited.</source>
        <translation>Only your own messages, once sent, can be edited.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="129"/>
        <source>The file {name} cannot be opened: it is damaged.</source>
        <translation>The file {name} cannot be opened: it is damaged.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="130"/>
        <location filename="../../client/core/errors.py" line="137"/>
        <source>Ask the sender to send it again.</source>
        <translation>Ask the sender to send it again.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="134"/>
        <source>The file {name} cannot be downloaded: its address is not valid.</source>
        <translation>The file {name} cannot be downloaded: its address is not valid.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="141"/>
        <source>The file {name} could not be downloaded in time from the server.</source>
        <translation>The file {name} could not be downloaded in time from the server.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="144"/>
        <source>Check your network connection, then try again.</source>
        <translation>Check your network connection, then try again.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="162"/>
        <source>Share a smaller file, or a link to it.</source>
        <translation>Share a smaller file, or a link to it.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="166"/>
        <source>Your message could not be sent: {reason}</source>
        <translation>Your message could not be sent: {reason}</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="167"/>
        <source>It is kept: retry or discard it.</source>
        <translation>It is kept: retry or discard it.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="176"/>
        <source>It is kept and sent by itself as soon as the connection is back.</source>
        <translation>It is kept and sent by itself as soon as the connection is back.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="211"/>
        <source>Pli keeps its keys only in the system keyring (GNOME Keyring, KWallet, Windows Credential Manager). Remove the other backend or its setting (PYTHON_KEYRING_BACKEND, keyringrc.cfg).</source>
        <translation>Pli keeps its keys only in the system keyring (GNOME Keyring, KWallet, Windows Credential Manager). Remove the other backend or its setting (PYTHON_KEYRING_BACKEND, keyringrc.cfg).</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="173"/>
        <source>Your message could not be sent: the server cannot be reached.</source>
        <translation>Your message could not be sent: the server cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="148"/>
        <source>Pli opens only pictures, PDF files, office documents without macros and text files from a conversation; {name} is none of these.</source>
        <translation>Pli opens only pictures, PDF files, office documents without macros and text files from a conversation; {name} is none of these.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="153"/>
        <source>Save it, and have it checked by your IT department before you open it.</source>
        <translation>Save it, and have it checked by your IT department before you open it.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="159"/>
        <source>{name} is {size_bytes}; the largest file you may send is {limit_bytes}.</source>
        <translation>{name} is {size_bytes}; the largest file you may send is {limit_bytes}.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="185"/>
        <source>Pli cannot find the system keyring where it keeps your encryption keys.</source>
        <translation>Pli cannot find the system keyring where it keeps your encryption keys.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="188"/>
        <source>On Linux, install and start a Secret Service (GNOME Keyring or KWallet) and open your session with it; on Windows, the Credential Manager must be enabled. Pli will not store keys without it.</source>
        <translation>On Linux, install and start a Secret Service (GNOME Keyring or KWallet) and open your session with it; on Windows, the Credential Manager must be enabled. Pli will not store keys without it.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="202"/>
        <source>The system keyring is locked.</source>
        <translation>The system keyring is locked.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="203"/>
        <source>Unlock your keyring (it usually opens with your session password), then start Pli again.</source>
        <translation>Unlock your keyring (it usually opens with your session password), then start Pli again.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="210"/>
        <source>The keyring backend “{backend}” is not safe enough.</source>
        <translation>The keyring backend “{backend}” is not safe enough.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="220"/>
        <source>The identity of {user} has changed since you verified them.</source>
        <translation>The identity of {user} has changed since you verified them.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="223"/>
        <source>Your message is kept. In the conversation, choose “I understand” or verify them again, and it is sent.</source>
        <translation>Your message is kept. In the conversation, choose “I understand” or verify them again, and it is sent.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="231"/>
        <source>The local data of this account cannot be read.</source>
        <translation>The local data of this account cannot be read.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="232"/>
        <source>Sign in again; your messages are kept on the server.</source>
        <translation>Sign in again; your messages are kept on the server.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="236"/>
        <source>The local data of this account cannot be opened now.</source>
        <translation>The local data of this account cannot be opened now.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="237"/>
        <source>Close any other Pli window and start Pli again. Nothing was deleted.</source>
        <translation>Close any other Pli window and start Pli again. Nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="244"/>
        <source>Pli is already running for this account.</source>
        <translation>Pli is already running for this account.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="245"/>
        <source>Use the Pli window that is already open.</source>
        <translation>Use the Pli window that is already open.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="249"/>
        <source>Your organisation does not allow signing in to the server {server}.</source>
        <translation>Your organisation does not allow signing in to the server {server}.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="252"/>
        <source>Use your work account on one of these servers: {allowed}.</source>
        <translation>Use your work account on one of these servers: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="258"/>
        <source>Your organisation does not allow the server address {server}.</source>
        <translation>Your organisation does not allow the server address {server}.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="261"/>
        <source>Sign in through one of these addresses: {allowed}.</source>
        <translation>Sign in through one of these addresses: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="265"/>
        <source>The server address {server} is not protected by encryption (http://).</source>
        <translation>The server address {server} is not protected by encryption (http://).</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="268"/>
        <source>Use its https:// address: Pli never sends a password in clear.</source>
        <translation>Use its https:// address: Pli never sends a password in clear.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="288"/>
        <source>You have no other device to verify this one with.</source>
        <translation>You have no other device to verify this one with.</translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="289"/>
        <source>Sign in to Pli or Element on another device first, then start the verification again.</source>
        <translation>Sign in to Pli or Element on another device first, then start the verification again.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/qr.py" line="49"/>
        <source>This is not a valid Matrix verification code.</source>
        <translation>This is not a valid Matrix verification code.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/qr.py" line="50"/>
        <source>Scan the code shown by the other device in its verification window.</source>
        <translation>Scan the code shown by the other device in its verification window.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/backup_crypto.py" line="27"/>
        <source>A backed-up key could not be read.</source>
        <translation>A backed-up key could not be read.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/backup_crypto.py" line="28"/>
        <source>Other keys are still restored. If many fail, the backup may be damaged.</source>
        <translation>Other keys are still restored. If many fail, the backup may be damaged.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/key_export.py" line="38"/>
        <source>This file is not a key file Pli can read.</source>
        <translation>This file is not a key file Pli can read.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/key_export.py" line="39"/>
        <source>Choose a file exported from Pli or Element (“element-keys.txt”).</source>
        <translation>Choose a file exported from Pli or Element (“element-keys.txt”).</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/key_export.py" line="45"/>
        <source>The passphrase of this key file is wrong.</source>
        <translation>The passphrase of this key file is wrong.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/key_export.py" line="46"/>
        <source>Type the passphrase chosen when the file was made.</source>
        <translation>Type the passphrase chosen when the file was made.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/recovery_key.py" line="17"/>
        <source>This is not a valid recovery key.</source>
        <translation>This is not a valid recovery key.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/recovery_key.py" line="18"/>
        <source>Type the 48 characters exactly as written when you saved it (spaces do not matter), or use your passphrase.</source>
        <translation>Type the 48 characters exactly as written when you saved it (spaces do not matter), or use your passphrase.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secret_storage.py" line="49"/>
        <source>Your secure backup could not be read.</source>
        <translation>Your secure backup could not be read.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secret_storage.py" line="50"/>
        <source>Check your recovery key or passphrase. If the backup was reset on another device, use the new key.</source>
        <translation>Check your recovery key or passphrase. If the backup was reset on another device, use the new key.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secret_storage.py" line="58"/>
        <source>The recovery key or passphrase is wrong.</source>
        <translation>The recovery key or passphrase is wrong.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secret_storage.py" line="59"/>
        <source>Check it and try again; spaces and letter groups do not matter.</source>
        <translation>Check it and try again; spaces and letter groups do not matter.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secure_backup.py" line="61"/>
        <source>This account has no secure backup yet.</source>
        <translation>This account has no secure backup yet.</translation>
    </message>
    <message>
        <location filename="../../client/core/crypto/secure_backup.py" line="62"/>
        <source>Set it up on a device that can read your messages, or verify this device.</source>
        <translation>Set it up on a device that can read your messages, or verify this device.</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="30"/>
        <source>Your organisation&apos;s settings for Pli are invalid ({source}, “{key}”): {problem}</source>
        <translation>Your organisation&apos;s settings for Pli are invalid ({source}, “{key}”): {problem}</translation>
    </message>
    <message>
        <location filename="../../client/core/policy/loader.py" line="33"/>
        <source>Pli cannot start until your IT support corrects them. Contact them.</source>
        <translation>Pli cannot start until your IT support corrects them. Contact them.</translation>
    </message>
    <message>
        <location filename="../../client/core/session/account_security.py" line="58"/>
        <source>Your organisation does not allow exporting message keys.</source>
        <translation>Your organisation does not allow exporting message keys.</translation>
    </message>
    <message>
        <location filename="../../client/core/session/account_security.py" line="61"/>
        <source>Your messages are kept safe by the secure backup instead.</source>
        <translation>Your messages are kept safe by the secure backup instead.</translation>
    </message>
    <message>
        <location filename="../../client/core/session/room_admin.py" line="47"/>
        <source>{user} is not a Matrix address (it looks like @name:server).</source>
        <translation>{user} is not a Matrix address (it looks like @name:server).</translation>
    </message>
    <message>
        <location filename="../../client/core/session/room_admin.py" line="50"/>
        <source>Check the address and try again.</source>
        <translation>Check the address and try again.</translation>
    </message>
    <message>
        <location filename="../../client/core/secrets/passphrase_store.py" line="43"/>
        <source>This passphrase does not open your keys.</source>
        <translation>This passphrase does not open your keys.</translation>
    </message>
    <message>
        <location filename="../../client/core/secrets/passphrase_store.py" line="44"/>
        <source>Check the passphrase and try again.</source>
        <translation>Check the passphrase and try again.</translation>
    </message>
    <message>
        <location filename="../../client/core/secrets/passphrase_store.py" line="48"/>
        <source>The file that keeps your keys ({path}) is damaged.</source>
        <translation>The file that keeps your keys ({path}) is damaged.</translation>
    </message>
    <message>
        <location filename="../../client/core/secrets/passphrase_store.py" line="49"/>
        <source>Nothing was changed. Contact your IT support; if the file cannot be restored, move it away and sign in again (your messages are kept on the server).</source>
        <translation>Nothing was changed. Contact your IT support; if the file cannot be restored, move it away and sign in again (your messages are kept on the server).</translation>
    </message>
    <message>
        <location filename="../../client/core/secrets/passphrase_store.py" line="57"/>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>The passphrase must have at least {count} characters.</translation>
    </message>
    <message>
        <location filename="../../client/core/secrets/passphrase_store.py" line="58"/>
        <source>A few words that only you know make a good one.</source>
        <translation>A few words that only you know make a good one.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="56"/>
        <source>Send a file</source>
        <translation>Send a file</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="72"/>
        <source>Send to {room}?

{files}</source>
        <translation>Send to {room}?

{files}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="76"/>
        <source>Send files</source>
        <translation>Send files</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="98"/>
        <location filename="../../client/ui/views/file_actions.py" line="106"/>
        <location filename="../../client/ui/views/file_actions.py" line="142"/>
        <source>File not sent</source>
        <translation>File not sent</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="107"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="120"/>
        <source>pasted image.png</source>
        <translation>pasted image.png</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="161"/>
        <source>Opening {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="165"/>
        <source>File not opened</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="178"/>
        <source>No program on this computer opens {name}. Save it instead.</source>
        <translation>No program on this computer opens {name}. Save it instead.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="183"/>
        <source>Opened {name}</source>
        <translation>Opened {name}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="192"/>
        <source>Save the file</source>
        <translation>Save the file</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="207"/>
        <source>Downloading {name}…</source>
        <translation>Downloading {name}…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="219"/>
        <source>File not saved</source>
        <translation>File not saved</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/file_actions.py" line="223"/>
        <location filename="../../client/ui/views/file_actions.py" line="226"/>
        <source>Saved {name}</source>
        <translation>Saved {name}</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="100"/>
        <source>Invite to {room}</source>
        <translation>Invite to {room}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="103"/>
        <source>&amp;Address of the person (for example @marie.dupont:gouv.fr):</source>
        <translation>&amp;Address of the person (for example @marie.dupont:gouv.fr):</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="105"/>
        <source>Address of the person</source>
        <translation>Address of the person</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="109"/>
        <source>&amp;Invite</source>
        <translation>&amp;Invite</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="110"/>
        <source>Send the invitation</source>
        <translation>Send the invitation</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="39"/>
        <location filename="../../client/ui/dialogs/login.py" line="40"/>
        <source>Sign in to Pli</source>
        <translation>Sign in to Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="45"/>
        <source>Sign in with your Matrix account. Your messages are end-to-end encrypted; your keys stay in this computer&apos;s keyring.</source>
        <translation>Sign in with your Matrix account. Your messages are end-to-end encrypted; your keys stay in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="53"/>
        <source>@marie.dupont:example.gouv.fr</source>
        <translation>@marie.dupont:example.gouv.fr</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="54"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="58"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="63"/>
        <source>Found from your address if left empty</source>
        <translation>Found from your address if left empty</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="64"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="70"/>
        <source>Set by your organisation</source>
        <translation>Set by your organisation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="71"/>
        <source>Managed by your organisation</source>
        <translation>Managed by your organisation</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="77"/>
        <source>Server found</source>
        <translation>Server found</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="84"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="86"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="88"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="101"/>
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="105"/>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="106"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="113"/>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="114"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="116"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="126"/>
        <source>Your session has expired. Type your password to continue on this device; your keys are kept.</source>
        <translation>Your session has expired. Type your password to continue on this device; your keys are kept.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="171"/>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="179"/>
        <source>Type your user name and your password.</source>
        <translation>Type your user name and your password.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="213"/>
        <source>Check the server above, then press Sign in again.</source>
        <translation>Check the server above, then press Sign in again.</translation>
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
        <translation>Pli main window</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="130"/>
        <source>&amp;New chat…</source>
        <translation>&amp;New chat…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="131"/>
        <source>Start a new encrypted direct chat</source>
        <translation>Start a new encrypted direct chat</translation>
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
        <translation>Choose a conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="150"/>
        <source>Conversation name</source>
        <translation>Conversation name</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="156"/>
        <source>Encryption state</source>
        <translation>Encryption state</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="165"/>
        <source>Topic of the conversation</source>
        <translation>Topic of the conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="172"/>
        <source>External participants</source>
        <translation>External participants</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="184"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="185"/>
        <source>Accept the invitation</source>
        <translation>Accept the invitation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="186"/>
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="187"/>
        <source>Decline the invitation</source>
        <translation>Decline the invitation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="206"/>
        <source>Who is typing</source>
        <translation>Who is typing</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="215"/>
        <source>Sending problem</source>
        <translation>Sending problem</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="216"/>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="217"/>
        <source>Retry sending the message</source>
        <translation>Retry sending the message</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="219"/>
        <source>D&amp;iscard</source>
        <translation>D&amp;iscard</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="220"/>
        <source>Discard the message that was not sent</source>
        <translation>Discard the message that was not sent</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="236"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="237"/>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="248"/>
        <source>A&amp;ttach…</source>
        <translation>A&amp;ttach…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="249"/>
        <source>Send a file or an image</source>
        <translation>Send a file or an image</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="251"/>
        <source>Send a file or an image (you can also drop or paste it here)</source>
        <translation>Send a file or an image (you can also drop or paste it here)</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="281"/>
        <source>Connection state</source>
        <translation>Connection state</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="285"/>
        <source>&amp;Pli</source>
        <translation>&amp;Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="286"/>
        <source>&amp;New direct chat…</source>
        <translation>&amp;New direct chat…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="290"/>
        <source>&amp;Reconnect now</source>
        <translation>&amp;Reconnect now</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="293"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="299"/>
        <source>Sign &amp;out of this device…</source>
        <translation>Sign &amp;out of this device…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="302"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="309"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="310"/>
        <source>&amp;Jump to a conversation…</source>
        <translation>&amp;Jump to a conversation…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="313"/>
        <source>&amp;Next conversation</source>
        <translation>&amp;Next conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="316"/>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Previous conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="319"/>
        <source>&amp;Find in this conversation…</source>
        <translation>&amp;Find in this conversation…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="322"/>
        <source>&amp;Search all conversations…</source>
        <translation>&amp;Search all conversations…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="335"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="337"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="392"/>
        <source>Jump to a conversation</source>
        <translation>Jump to a conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="392"/>
        <source>Conversation:</source>
        <translation>Conversation:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/views/main_window.py" line="501"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="551"/>
        <source>{sender}: {text}</source>
        <translation>{sender}: {text}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="606"/>
        <source>{name} is typing…</source>
        <translation>{name} is typing…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="608"/>
        <source>{first} and {second} are typing…</source>
        <translation>{first} and {second} are typing…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="612"/>
        <source>Several people are typing…</source>
        <translation>Several people are typing…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="632"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="633"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="634"/>
        <source>Connection lost — reconnecting…</source>
        <translation>Connection lost — reconnecting…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="635"/>
        <source>Offline — retrying in {seconds} s</source>
        <translation>Offline — retrying in {seconds} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/views/main_window.py" line="696"/>
        <source>%n older message(s) loaded</source>
        <translation>
            <numerusform>%n older message loaded</numerusform>
            <numerusform>%n older messages loaded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="698"/>
        <source>This is the start of the conversation.</source>
        <translation>This is the start of the conversation.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="705"/>
        <source>Older messages could not be loaded: {reason}</source>
        <translation>Older messages could not be loaded: {reason}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="714"/>
        <source>End-to-end encrypted</source>
        <translation>End-to-end encrypted</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="717"/>
        <source>Not encrypted: do not share sensitive information</source>
        <translation>Not encrypted: do not share sensitive information</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="726"/>
        <source>⚠ External participants from {servers}</source>
        <translation>⚠ External participants from {servers}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="736"/>
        <source>{inviter} invites you to this conversation.</source>
        <translation>{inviter} invites you to this conversation.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="737"/>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="766"/>
        <source>New direct chat</source>
        <translation>New direct chat</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="767"/>
        <source>Address of the person (for example @marie.dupont:example.gouv.fr):</source>
        <translation>Address of the person (for example @marie.dupont:example.gouv.fr):</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="782"/>
        <source>Creating an encrypted chat with {user}…</source>
        <translation>Creating an encrypted chat with {user}…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="866"/>
        <source>A message could not be sent: {reason}</source>
        <translation>A message could not be sent: {reason}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="873"/>
        <source>Write a message (NOT encrypted)…</source>
        <translation>Write a message (NOT encrypted)…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="875"/>
        <source>Write an encrypted message…</source>
        <translation>Write an encrypted message…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="896"/>
        <source>Quit Pli</source>
        <translation>Quit Pli</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="897"/>
        <source>Some text you typed has not been sent. Quit anyway and lose it?</source>
        <translation>Some text you typed has not been sent. Quit anyway and lose it?</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="157"/>
        <source>✔ Verified</source>
        <translation>✔ Verified</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="159"/>
        <source>⚠ Identity changed</source>
        <translation>⚠ Identity changed</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="161"/>
        <source>⚠ Not verified</source>
        <translation>⚠ Not verified</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="162"/>
        <source>… Unknown</source>
        <translation>… Unknown</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="171"/>
        <source>People in {room}</source>
        <translation>People in {room}</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="176"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="178"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="178"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="178"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="178"/>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="180"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="181"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="187"/>
        <source>{name} (invited)</source>
        <translation>{name} (invited)</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="190"/>
        <source>{address} — External</source>
        <translation>{address} — External</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="198"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="204"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="206"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="208"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="209"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="80"/>
        <source>Replying to {sender}: {text}</source>
        <translation>Replying to {sender}: {text}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="96"/>
        <source>Editing your message (Esc cancels)</source>
        <translation>Editing your message (Esc cancels)</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="170"/>
        <source>Delete this message for everyone? This cannot be undone.</source>
        <translation>Delete this message for everyone? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="174"/>
        <source>Delete {sender}&apos;s message for everyone? This cannot be undone.</source>
        <translation>Delete {sender}&apos;s message for everyone? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="179"/>
        <source>Delete message</source>
        <translation>Delete message</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="201"/>
        <source>Open a link</source>
        <translation>Open a link</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="209"/>
        <source>Spelled for the computer: {host}</source>
        <translation>Spelled for the computer: {host}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="218"/>
        <source>Pli cannot open this kind of link:</source>
        <translation>Pli cannot open this kind of link:</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="222"/>
        <source>This link leads to:</source>
        <translation>This link leads to:</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="224"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/message_actions.py" line="228"/>
        <source>Open the link in your browser</source>
        <translation>Open the link in your browser</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../client/ui/notifier.py" line="76"/>
        <source>{sender} in {room}</source>
        <translation>{sender} in {room}</translation>
    </message>
    <message>
        <location filename="../../client/ui/notifier.py" line="82"/>
        <source>New message</source>
        <translation>New message</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../client/core/policy/schema.py" line="159"/>
        <source>Managed by your organisation</source>
        <translation>Managed by your organisation</translation>
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
        <translation>New &amp;room…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="31"/>
        <source>&amp;Invite someone…</source>
        <translation>&amp;Invite someone…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="33"/>
        <source>&amp;People…</source>
        <translation>&amp;People…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="35"/>
        <source>Conversation &amp;settings…</source>
        <translation>Conversation &amp;settings…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="37"/>
        <source>&amp;Leave this conversation…</source>
        <translation>&amp;Leave this conversation…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="48"/>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Mute notifications</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="101"/>
        <source>Creating the conversation…</source>
        <translation>Creating the conversation…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="111"/>
        <source>Conversation not created</source>
        <translation>Conversation not created</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="131"/>
        <source>Not invited</source>
        <translation>Not invited</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="134"/>
        <source>{user} is invited.</source>
        <translation>{user} is invited.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="167"/>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="177"/>
        <source>Leave the conversation</source>
        <translation>Leave the conversation</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="178"/>
        <source>Leave {room}? Its new messages will no longer reach you; to come back, someone must invite you again.</source>
        <translation>Leave {room}? Its new messages will no longer reach you; to come back, someone must invite you again.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/room_actions.py" line="189"/>
        <source>Not left</source>
        <translation>Not left</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../../client/ui/views/delegates.py" line="102"/>
        <source>Invitation — open to accept or decline</source>
        <translation>Invitation — open to accept or decline</translation>
    </message>
</context>
<context>
    <name>RoomDialogs</name>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="32"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>encrypted</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="66"/>
        <source>not encrypted</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="69"/>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/models/rooms.py" line="72"/>
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
        <translation>Conversation settings</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="127"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="130"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="133"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="135"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="141"/>
        <source>🔒 End-to-end encrypted (it cannot be turned off).</source>
        <translation>🔒 End-to-end encrypted (it cannot be turned off).</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="143"/>
        <source>⚠ Not encrypted: do not share sensitive information.</source>
        <translation>⚠ Not encrypted: do not share sensitive information.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="146"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="149"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/rooms.py" line="150"/>
        <source>Save the settings</source>
        <translation>Save the settings</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="39"/>
        <location filename="../../client/ui/dialogs/search.py" line="40"/>
        <source>Search all conversations</source>
        <translation>Search all conversations</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="46"/>
        <source>&amp;Words to find:</source>
        <translation>&amp;Words to find:</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="48"/>
        <source>Words to find</source>
        <translation>Words to find</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="49"/>
        <source>For example: réunion budget</source>
        <translation>For example: réunion budget</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="55"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="59"/>
        <source>Messages found</source>
        <translation>Messages found</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="62"/>
        <source>Searches the messages kept on this device, encrypted.</source>
        <translation>Searches the messages kept on this device, encrypted.</translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="63"/>
        <source>About search</source>
        <translation>About search</translation>
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
            <numerusform>%n message found</numerusform>
            <numerusform>%n messages found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/search.py" line="95"/>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="76"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="78"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="170"/>
        <source>{sender}: {text}</source>
        <translation>{sender}: {text}</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="174"/>
        <source>In reply to an earlier message</source>
        <translation>In reply to an earlier message</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="300"/>
        <source>New messages</source>
        <translation>New messages</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="314"/>
        <source>{time} (edited)</source>
        <translation>{time} (edited)</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="335"/>
        <source>(edited)</source>
        <translation>(edited)</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="441"/>
        <source>Click to open</source>
        <translation>Click to open</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_delegate.py" line="455"/>
        <source>Uploading… {percent} %</source>
        <translation>Uploading… {percent} %</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="38"/>
        <source>Waiting for the key to decrypt this message…</source>
        <translation>Waiting for the key to decrypt this message…</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="47"/>
        <source>This kind of message cannot be shown yet.</source>
        <translation>This kind of message cannot be shown yet.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="51"/>
        <source>Message deleted</source>
        <translation>Message deleted</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="64"/>
        <source>Image: {name}{size}</source>
        <translation>Image: {name}{size}</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="67"/>
        <source>File: {name}{size}</source>
        <translation>File: {name}{size}</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="74"/>
        <source>Seen by {names}</source>
        <translation>Seen by {names}</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="78"/>
        <source>Seen by {names} and {count} others</source>
        <translation>Seen by {names} and {count} others</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="87"/>
        <source>Sent from a device its owner has not verified.</source>
        <translation>Sent from a device its owner has not verified.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="90"/>
        <source>Sent from an unknown or deleted device.</source>
        <translation>Sent from an unknown or deleted device.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="93"/>
        <source>The authenticity of this message cannot be guaranteed on this device.</source>
        <translation>The authenticity of this message cannot be guaranteed on this device.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="97"/>
        <source>The device that sent this message does not belong to its sender.</source>
        <translation>The device that sent this message does not belong to its sender.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="100"/>
        <source>The sender&apos;s verified identity has changed.</source>
        <translation>The sender&apos;s verified identity has changed.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="103"/>
        <source>Not encrypted.</source>
        <translation>Not encrypted.</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="112"/>
        <source>{sender} at {time}: {text}</source>
        <translation>{sender} at {time}: {text}</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="118"/>
        <source>In reply to {sender}: {text}</source>
        <translation>In reply to {sender}: {text}</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="122"/>
        <source>In reply to an earlier message</source>
        <translation>In reply to an earlier message</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="125"/>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="128"/>
        <source>Reactions: {list}</source>
        <translation>Reactions: {list}</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="133"/>
        <source>Mentions you</source>
        <translation>Mentions you</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="142"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="144"/>
        <source>⚠ Not sent</source>
        <translation>⚠ Not sent</translation>
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
        <translation>Arrow keys move between messages. The context menu key offers reply, react, edit, delete, copy, and open or save a file.</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="63"/>
        <source>Loading older messages…</source>
        <translation>Loading older messages…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="65"/>
        <source>Loading older messages</source>
        <translation>Loading older messages</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="208"/>
        <source>Message actions</source>
        <translation>Message actions</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="211"/>
        <source>&amp;Reply</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="212"/>
        <source>Re&amp;act…</source>
        <translation>Re&amp;act…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="214"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="220"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="225"/>
        <source>&amp;Copy text</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="230"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="231"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="235"/>
        <source>S&amp;top sending</source>
        <translation>S&amp;top sending</translation>
    </message>
    <message>
        <location filename="../../client/ui/views/timeline_view.py" line="245"/>
        <source>Take back {key}</source>
        <translation>Take back {key}</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <location filename="../../client/core/verification/messages.py" line="89"/>
        <location filename="../../client/core/verification/messages.py" line="126"/>
        <source>The verification was cancelled.</source>
        <translation>The verification was cancelled.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="90"/>
        <source>The verification took too long and was stopped. Start again.</source>
        <translation>The verification took too long and was stopped. Start again.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="93"/>
        <source>The other device no longer knows this verification. Start again.</source>
        <translation>The other device no longer knows this verification. Start again.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="96"/>
        <source>The two devices have no verification method in common.</source>
        <translation>The two devices have no verification method in common.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="99"/>
        <source>The other device did something unexpected. Start again.</source>
        <translation>The other device did something unexpected. Start again.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="102"/>
        <source>The keys did not match: this may be an attack. Nothing was trusted. Tell your IT security contact.</source>
        <translation>The keys did not match: this may be an attack. Nothing was trusted. Tell your IT security contact.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="107"/>
        <source>The code belongs to another person. Nothing was trusted.</source>
        <translation>The code belongs to another person. Nothing was trusted.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="110"/>
        <source>The other device sent an invalid message. Start again.</source>
        <translation>The other device sent an invalid message. Start again.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="113"/>
        <source>The request was answered on another of your devices.</source>
        <translation>The request was answered on another of your devices.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="116"/>
        <source>The other device changed its key during the verification: this may be an attack. Nothing was trusted.</source>
        <translation>The other device changed its key during the verification: this may be an attack. Nothing was trusted.</translation>
    </message>
    <message>
        <location filename="../../client/core/verification/messages.py" line="121"/>
        <source>The emoji did not match: this may be an attack. Nothing was trusted. Tell your IT security contact.</source>
        <translation>The emoji did not match: this may be an attack. Nothing was trusted. Tell your IT security contact.</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/verification_widgets.py" line="37"/>
        <source>Verification QR code</source>
        <translation>Verification QR code</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/verification_widgets.py" line="39"/>
        <source>Scan this code with the camera of the other device.</source>
        <translation>Scan this code with the camera of the other device.</translation>
    </message>
    <message>
        <location filename="../../client/ui/widgets/verification_widgets.py" line="91"/>
        <source>Emoji to compare: {names}</source>
        <translation>Emoji to compare: {names}</translation>
    </message>
</context>
</TS>
