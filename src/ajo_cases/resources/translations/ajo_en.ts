<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <source>The new account can unlock the vault with its own password. What it may see depends on the role: a manager never sees names or other personal data.</source>
        <translation>The new account can unlock the vault with its own password. What it may see depends on the role: a manager never sees names or other personal data.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Add the account</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>You are signed in as “%1” (%2).</source>
        <translation>You are signed in as “%1” (%2).</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Add an account…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>An account with this name already exists.</source>
        <translation>An account with this name already exists.</translation>
    </message>
    <message>
        <source>Choose a password that meets the rules above.</source>
        <translation>Choose a password that meets the rules above.</translation>
    </message>
    <message>
        <source>Remove an account</source>
        <translation>Remove an account</translation>
    </message>
    <message>
        <source>The last administrator cannot be removed.</source>
        <translation>The last administrator cannot be removed.</translation>
    </message>
    <message>
        <source>Remove the account “%1” (%2)? From now on it cannot unlock the vault. Records it entered and its history stay. This cannot be undone: to let the person in again, add a new account.</source>
        <translation>Remove the account “%1” (%2)? From now on it cannot unlock the vault. Records it entered and its history stay. This cannot be undone: to let the person in again, add a new account.</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo vault with invented records. User name: %1, password: %2</source>
        <translation>Demo vault with invented records. User name: %1, password: %2</translation>
    </message>
    <message>
        <source>Preparing the demo vault…</source>
        <translation>Preparing the demo vault…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change a password</source>
        <translation>Change a password</translation>
    </message>
    <message>
        <source>Set a new password for your account “%1”. The old password stops working at once; other accounts are not affected.</source>
        <translation>Set a new password for your account “%1”. The old password stops working at once; other accounts are not affected.</translation>
    </message>
    <message>
        <source>Set a new password for the account “%1”. Its old password stops working at once; tell the person the new one in private.</source>
        <translation>Set a new password for the account “%1”. Its old password stops working at once; tell the person the new one in private.</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
</context>
<context>
    <name>CreateVaultWindow</name>
    <message>
        <source>AJO Cases — create the vault</source>
        <translation>AJO Cases — create the vault</translation>
    </message>
    <message>
        <source>Welcome to AJO Cases</source>
        <translation>Welcome to AJO Cases</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet. Create one now: you will be its administrator and can add the other accounts afterwards.</source>
        <translation>There is no vault in %1 yet. Create one now: you will be its administrator and can add the other accounts afterwards.</translation>
    </message>
    <message>
        <source>Administrator name:</source>
        <translation>Administrator name:</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Create the vault</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The user name or password is wrong. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>The user name or password is wrong. Check the keyboard language and Caps Lock, then try again.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Your account may not do this.</translation>
    </message>
    <message>
        <source>Your role may not see personal data.</source>
        <translation>Your role may not see personal data.</translation>
    </message>
    <message>
        <source>The vault is already open in another window or by another user of this computer. Close it there, then try again.</source>
        <translation>The vault is already open in another window or by another user of this computer. Close it there, then try again.</translation>
    </message>
    <message>
        <source>The database is damaged or was replaced. Nothing was changed. Restore the latest backup or ask the administrator.</source>
        <translation>The database is damaged or was replaced. Nothing was changed. Restore the latest backup or ask the administrator.</translation>
    </message>
    <message>
        <source>The database is older than the key file: an old copy may have been put in its place. Restore the latest backup or ask the administrator.</source>
        <translation>The database is older than the key file: an old copy may have been put in its place. Restore the latest backup or ask the administrator.</translation>
    </message>
    <message>
        <source>The key file is damaged or missing. Restore it from a backup, or unlock with the recovery code.</source>
        <translation>The key file is damaged or missing. Restore it from a backup, or unlock with the recovery code.</translation>
    </message>
    <message>
        <source>The database file is missing or empty. Nothing was created in its place. Restore the latest backup.</source>
        <translation>The database file is missing or empty. Nothing was created in its place. Restore the latest backup.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>There is no vault in this folder.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder.</source>
        <translation>A vault already exists in this folder.</translation>
    </message>
    <message>
        <source>The data folder cannot be used. Check that it exists and that you may write to it.</source>
        <translation>The data folder cannot be used. Check that it exists and that you may write to it.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of AJO Cases. Install the newer version.</source>
        <translation>This database was made by a newer version of AJO Cases. Install the newer version.</translation>
    </message>
    <message>
        <source>An integrity check failed. Stop work and ask the administrator to check the vault.</source>
        <translation>An integrity check failed. Stop work and ask the administrator to check the vault.</translation>
    </message>
    <message>
        <source>This item no longer exists. Refresh and try again.</source>
        <translation>This item no longer exists. Refresh and try again.</translation>
    </message>
    <message>
        <source>The input was not accepted. Check it and try again.</source>
        <translation>The input was not accepted. Check it and try again.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>The password may have at most %1 characters.</translation>
    </message>
    <message>
        <source>This password is too common. Choose another one.</source>
        <translation>This password is too common. Choose another one.</translation>
    </message>
    <message>
        <source>The password must not contain the account name.</source>
        <translation>The password must not contain the account name.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>The two passwords are different.</translation>
    </message>
    <message>
        <source>The password was not accepted (%1).</source>
        <translation>The password was not accepted (%1).</translation>
    </message>
    <message>
        <source>The key file was damaged and has been restored from its backup copy. Tell the administrator.</source>
        <translation>The key file was damaged and has been restored from its backup copy. Tell the administrator.</translation>
    </message>
    <message>
        <source>The key file does not match its checksum: it may have been altered. Tell the administrator.</source>
        <translation>The key file does not match its checksum: it may have been altered. Tell the administrator.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>The action failed (%1). Ask the administrator.</source>
        <translation>The action failed (%1). Ask the administrator.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Tell the administrator this reference: %1.</source>
        <translation>Something unexpected went wrong. Tell the administrator this reference: %1.</translation>
    </message>
    <message>
        <source>AJO Cases</source>
        <translation>AJO Cases</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>TJS</source>
        <translation>TJS</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>You are signed in as %1. %2</source>
        <translation>You are signed in as %1. %2</translation>
    </message>
    <message>
        <source>About this vault</source>
        <translation>About this vault</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Accounts:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Personal data:</translation>
    </message>
    <message>
        <source>visible to your account</source>
        <translation>visible to your account</translation>
    </message>
    <message>
        <source>hidden from your account</source>
        <translation>hidden from your account</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AJO Cases</source>
        <translation>AJO Cases</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Lock the vault (Ctrl+L)</translation>
    </message>
    <message>
        <source>Unlocked as %1 (%2)</source>
        <translation>Unlocked as %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>At least %1 characters; %2 or more is better. A short sentence works well.</source>
        <translation>At least %1 characters; %2 or more is better. A short sentence works well.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>This is the vault&apos;s recovery code. If every administrator password is forgotten, only this code opens the records. It is shown now and never again: write it down or print it, and keep it locked away from the computer.</source>
        <translation>This is the vault&apos;s recovery code. If every administrator password is forgotten, only this code opens the records. It is shown now and never again: write it down or print it, and keep it locked away from the computer.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>I have written it down</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>AJO Cases — recovery code</source>
        <translation>AJO Cases — recovery code</translation>
    </message>
    <message>
        <source>Keep this sheet locked away. Anyone with it can open the vault.</source>
        <translation>Keep this sheet locked away. Anyone with it can open the vault.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Reset a password with the recovery code</source>
        <translation>Reset a password with the recovery code</translation>
    </message>
    <message>
        <source>Type the recovery code that was shown when the vault was created, the name of an administrator account, and a new password for that account.</source>
        <translation>Type the recovery code that was shown when the vault was created, the name of an administrator account, and a new password for that account.</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <source>Administrator name:</source>
        <translation>Administrator name:</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Set the new password</translation>
    </message>
    <message>
        <source>Enter the recovery code and the administrator name.</source>
        <translation>Enter the recovery code and the administrator name.</translation>
    </message>
    <message>
        <source>Choose a new password that meets the rules above.</source>
        <translation>Choose a new password that meets the rules above.</translation>
    </message>
    <message>
        <source>There is no administrator account with this name.</source>
        <translation>There is no administrator account with this name.</translation>
    </message>
    <message>
        <source>This recovery code is not right. Check it and try again.</source>
        <translation>This recovery code is not right. Check it and try again.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <source>Shelter staff</source>
        <translation>Shelter staff</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>You manage accounts and backups and may see all records.</source>
        <translation>You manage accounts and backups and may see all records.</translation>
    </message>
    <message>
        <source>You register people and cases and record assistance.</source>
        <translation>You register people and cases and record assistance.</translation>
    </message>
    <message>
        <source>You record admissions, discharges and daily shelter work.</source>
        <translation>You record admissions, discharges and daily shelter work.</translation>
    </message>
    <message>
        <source>You see statistics and case codes; names stay hidden from your account.</source>
        <translation>You see statistics and case codes; names stay hidden from your account.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Lock after minutes without use</translation>
    </message>
    <message>
        <source>Window size and position</source>
        <translation>Window size and position</translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation>Window layout</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>AJO Cases — unlock</source>
        <translation>AJO Cases — unlock</translation>
    </message>
    <message>
        <source>AJO Cases</source>
        <translation>AJO Cases</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in to continue.</source>
        <translation>The vault is locked. Sign in to continue.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Forgot the password? Use the recovery code</source>
        <translation>Forgot the password? Use the recovery code</translation>
    </message>
    <message>
        <source>The vault was locked because it was not in use.</source>
        <translation>The vault was locked because it was not in use.</translation>
    </message>
    <message>
        <source>You were signed in for 12 hours. Please sign in again.</source>
        <translation>You were signed in for 12 hours. Please sign in again.</translation>
    </message>
    <message>
        <source>The password was changed. Unlock with the new password.</source>
        <translation>The password was changed. Unlock with the new password.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
</context>
</TS>
