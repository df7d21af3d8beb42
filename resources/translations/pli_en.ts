<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../client/ui/controller.py" line="33"/>
        <source>Starting Pli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="35"/>
        <source>Starting the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="36"/>
        <location filename="../../client/ui/controller.py" line="39"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="46"/>
        <source>Starting a local homeserver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="47"/>
        <source>Creating your demo account and a demo contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="48"/>
        <source>Signing in and creating encryption keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="49"/>
        <source>Opening an encrypted chat with the demo contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="103"/>
        <source>Keyring locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="103"/>
        <source>No safe place for your keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="112"/>
        <location filename="../../client/ui/controller.py" line="202"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="115"/>
        <source>Pli cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="140"/>
        <source>The demo could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="182"/>
        <location filename="../../client/ui/controller.py" line="188"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="182"/>
        <source>Sign out of this device? Its encryption keys and local data are deleted; messages you cannot read on another device will stay unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="188"/>
        <source>Delete the local data anyway? The device stays listed on the server until you remove it from another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/controller.py" line="202"/>
        <source>This device was signed out by the server or from another device. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../client/ui/views/composer.py" line="17"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/composer.py" line="19"/>
        <source>Type your message. Enter sends it; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/composer.py" line="20"/>
        <source>Write an encrypted message…</source>
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
        <location filename="../../client/core/errors.py" line="41"/>
        <source>“{user}” is not a valid user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="42"/>
        <source>Type your full address, like @marie.dupont:agents.example.gouv.fr, or your user name and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="48"/>
        <source>No Matrix server answers at “{server}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="49"/>
        <source>Check the server address and your network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="54"/>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="55"/>
        <source>Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="59"/>
        <source>The server refused the request: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="60"/>
        <source>Try again later. If it keeps happening, contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="64"/>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="65"/>
        <source>Pli keeps trying to reconnect by itself. Nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="70"/>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="71"/>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="75"/>
        <source>This device was signed out by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="76"/>
        <source>Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="82"/>
        <source>Encryption is not ready on this device, so the message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="84"/>
        <source>Restart Pli. If it keeps happening, sign out and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="89"/>
        <source>The conversation was created but the server did not turn encryption on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="91"/>
        <source>Do not use this conversation for sensitive information; contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="96"/>
        <source>This conversation is not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="97"/>
        <source>Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="101"/>
        <source>Your message could not be sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="102"/>
        <source>Your text is kept. Press Retry when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="109"/>
        <source>Pli cannot find the system keyring where it keeps your encryption keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="111"/>
        <source>On Linux, install and start a Secret Service (GNOME Keyring or KWallet) and open your session with it; on Windows, the Credential Manager must be enabled. Pli will not store keys without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="118"/>
        <source>The system keyring is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="119"/>
        <source>Unlock your keyring (it usually opens with your session password), then start Pli again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="125"/>
        <source>The keyring backend “{backend}” is not safe enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="126"/>
        <source>It would keep keys in a plain file. Remove it (keyrings.alt) or choose the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="132"/>
        <source>The local data of this account cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/core/errors.py" line="133"/>
        <source>Sign in again; your messages are kept on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="29"/>
        <location filename="../../client/ui/dialogs/login.py" line="30"/>
        <source>Sign in to Pli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="33"/>
        <source>Sign in with your Matrix account. Your messages are end-to-end encrypted; your keys stay in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="38"/>
        <source>@marie.dupont:example.gouv.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="39"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="43"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="46"/>
        <source>Found from your address if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="47"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="50"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="52"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="54"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="64"/>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="68"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="69"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="75"/>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="76"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="78"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/dialogs/login.py" line="100"/>
        <source>Type your user name and your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="52"/>
        <source>Pli — {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="53"/>
        <source>Pli main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="76"/>
        <source>&amp;New chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="77"/>
        <source>Start a new encrypted direct chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="82"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="91"/>
        <location filename="../../client/ui/views/main_window.py" line="204"/>
        <source>Choose a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="93"/>
        <source>Conversation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="99"/>
        <source>Encryption state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="111"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="112"/>
        <source>Accept the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="113"/>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="114"/>
        <source>Decline the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="125"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="139"/>
        <source>Sending problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="140"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="141"/>
        <source>Retry sending the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="151"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="152"/>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="167"/>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="171"/>
        <source>&amp;Pli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="172"/>
        <source>&amp;New direct chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="176"/>
        <source>&amp;Reconnect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="180"/>
        <source>Sign &amp;out of this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="230"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="231"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="232"/>
        <source>Connection lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="233"/>
        <source>Offline — retrying in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="262"/>
        <source>End-to-end encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="264"/>
        <source>Not encrypted: do not share sensitive information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="270"/>
        <source>{inviter} invites you to this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="271"/>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="301"/>
        <source>New direct chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="302"/>
        <source>Address of the person (for example @marie.dupont:example.gouv.fr):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/views/main_window.py" line="308"/>
        <source>Creating an encrypted chat with {user}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../../client/ui/views/delegates.py" line="72"/>
        <source>Invitation — open to accept or decline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomListModel</name>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="31"/>
        <source>invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="33"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/rooms.py" line="34"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../client/ui/models/rooms.py" line="37"/>
        <source>%n unread message(s)</source>
        <translation><numerusform>%n unread message</numerusform><numerusform>%n unread messages</numerusform></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="35"/>
        <source>Waiting for the key to decrypt this message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="44"/>
        <source>This kind of message cannot be shown yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/ui/models/timeline.py" line="75"/>
        <source>{sender} at {time}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
