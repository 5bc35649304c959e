<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About AJO Cases</source>
        <translation>About AJO Cases</translation>
    </message>
    <message>
        <source>AJO Cases %1</source>
        <translation>AJO Cases %1</translation>
    </message>
    <message>
        <source>Encrypted case management for the shelter and the migrant-support services of AJO, Sughd. Licence: GNU GPL version 3 or later. It includes the components below under their own licences.</source>
        <translation>Encrypted case management for the shelter and the migrant-support services of AJO, Sughd. Licence: GNU GPL version 3 or later. It includes the components below under their own licences.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licence of the DejaVu fonts used in printed documents:</source>
        <translation>Licence of the DejaVu fonts used in printed documents:</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add a planned action</source>
        <translation>Add a planned action</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>Kind of help:</source>
        <translation>Kind of help:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>has a due date</source>
        <translation>has a due date</translation>
    </message>
    <message>
        <source>Describe the action or choose its kind.</source>
        <translation>Describe the action or choose its kind.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>In all</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>Activities: %1 · participants: %2</source>
        <translation>Activities: %1 · participants: %2</translation>
    </message>
    <message>
        <source>Delete the activity “%1” of %2? Its participants no longer count in the statistics. Use this only for a record entered by mistake.</source>
        <translation>Delete the activity “%1” of %2? Its participants no longer count in the statistics. Use this only for a record entered by mistake.</translation>
    </message>
    <message>
        <source>Delete the activity</source>
        <translation>Delete the activity</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <source>Record an informational meeting or a training</source>
        <translation>Record an informational meeting or a training</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>No activities recorded yet. Choose “New activity…” after an informational meeting or a training: the participants count in the donor statistics.</source>
        <translation>No activities recorded yet. Choose “New activity…” after an informational meeting or a training: the participants count in the donor statistics.</translation>
    </message>
    <message>
        <source>No activities recorded yet.</source>
        <translation>No activities recorded yet.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit the activity</source>
        <translation>Edit the activity</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Held on:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>For example: safe migration; never names</source>
        <translation>For example: safe migration; never names</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <source>Choose the kind of activity.</source>
        <translation>Choose the kind of activity.</translation>
    </message>
    <message>
        <source>Enter how many took part.</source>
        <translation>Enter how many took part.</translation>
    </message>
</context>
<context>
    <name>AddBedDialog</name>
    <message>
        <source>Add a bed</source>
        <translation>Add a bed</translation>
    </message>
    <message>
        <source>Add bed</source>
        <translation>Add bed</translation>
    </message>
    <message>
        <source>Bed label:</source>
        <translation>Bed label:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Room:</translation>
    </message>
    <message>
        <source>Give the bed a label, for example A1.</source>
        <translation>Give the bed a label, for example A1.</translation>
    </message>
    <message>
        <source>A bed with this label exists already.</source>
        <translation>A bed with this label exists already.</translation>
    </message>
</context>
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
    <message>
        <source>An account with this name already exists.</source>
        <translation>An account with this name already exists.</translation>
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
        <source>Settings…</source>
        <translation>Settings…</translation>
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
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Work phone</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Add an account…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
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
    <message>
        <source>“%1” can no longer sign in: the account&apos;s login on the office server is disabled and its open sessions have ended. Rotating the personal-data key completes the removal: every personal field is sealed again under a new key, while the other computers keep working, so the key this account held opens nothing from then on. Rotate the key now? (Every other account that reads personal data then gets a temporary password.)</source>
        <translation>“%1” can no longer sign in: the account&apos;s login on the office server is disabled and its open sessions have ended. Rotating the personal-data key completes the removal: every personal field is sealed again under a new key, while the other computers keep working, so the key this account held opens nothing from then on. Rotate the key now? (Every other account that reads personal data then gets a temporary password.)</translation>
    </message>
    <message>
        <source>“%1” can no longer unlock AJO Cases. Rotating the keys completes the removal: until then, someone who kept a copy of the key file or of a backup could still open it with that password. Rotate the keys now? (Every other account then gets a temporary password.)</source>
        <translation>“%1” can no longer unlock AJO Cases. Rotating the keys completes the removal: until then, someone who kept a copy of the key file or of a backup could still open it with that password. Rotate the keys now? (Every other account then gets a temporary password.)</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Account removed</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation>Rotate keys…</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit to the shelter</source>
        <translation>Admit to the shelter</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Admit</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>Bed:</source>
        <translation>Bed:</translation>
    </message>
    <message>
        <source>Admitted on:</source>
        <translation>Admitted on:</translation>
    </message>
    <message>
        <source>No bed is free today.</source>
        <translation>No bed is free today.</translation>
    </message>
    <message>
        <source>Choose a bed.</source>
        <translation>Choose a bed.</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <source>Approved amount:</source>
        <translation>Approved amount:</translation>
    </message>
    <message>
        <source>The approved amount must be more than zero.</source>
        <translation>The approved amount must be more than zero.</translation>
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
    <name>AssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>Assessed on:</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Risk level:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Needs:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Goals:</translation>
    </message>
</context>
<context>
    <name>AssistanceDialog</name>
    <message>
        <source>Add assistance</source>
        <translation>Add assistance</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Given on:</translation>
    </message>
    <message>
        <source>Trade:</source>
        <translation>Trade:</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Given by:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Choose the type of assistance.</source>
        <translation>Choose the type of assistance.</translation>
    </message>
    <message>
        <source>Write the amount as a number, for example 150 or 150,50.</source>
        <translation>Write the amount as a number, for example 150 or 150,50.</translation>
    </message>
</context>
<context>
    <name>AssistanceTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Our staff</source>
        <translation>Our staff</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Add assistance…</source>
        <translation>Add assistance…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>No assistance recorded yet. Choose “Add assistance…” to record some.</source>
        <translation>No assistance recorded yet. Choose “Add assistance…” to record some.</translation>
    </message>
    <message>
        <source>Delete the assistance “%1” of %2? Use this only for a record entered by mistake; the history keeps that it existed.</source>
        <translation>Delete the assistance “%1” of %2? Use this only for a record entered by mistake; the history keeps that it existed.</translation>
    </message>
    <message>
        <source>Delete assistance</source>
        <translation>Delete assistance</translation>
    </message>
    <message>
        <source>Delete this record</source>
        <translation>Delete this record</translation>
    </message>
</context>
<context>
    <name>AuditEvents</name>
    <message>
        <source>Database structure</source>
        <translation>Database structure</translation>
    </message>
    <message>
        <source>Encryption of every page</source>
        <translation>Encryption of every page</translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation>Links between records</translation>
    </message>
    <message>
        <source>Audit log chain</source>
        <translation>Audit log chain</translation>
    </message>
    <message>
        <source>Audit log end matches the key file</source>
        <translation>Audit log end matches the key file</translation>
    </message>
    <message>
        <source>Signatures of the audit log entries</source>
        <translation>Signatures of the audit log entries</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Copy of the key file</source>
        <translation>Copy of the key file</translation>
    </message>
    <message>
        <source>Every encrypted field belongs to its record</source>
        <translation>Every encrypted field belongs to its record</translation>
    </message>
    <message>
        <source>Every key slot is one the vault accepts</source>
        <translation>Every key slot is one the vault accepts</translation>
    </message>
    <message>
        <source>Statistics copies match the records</source>
        <translation>Statistics copies match the records</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Every sign-in, view and change, newest first. The log keeps record ids and the names of changed fields, never their values, and cannot be altered: “Verify chain” proves that nothing was removed or changed.</source>
        <translation>Every sign-in, view and change, newest first. The log keeps record ids and the names of changed fields, never their values, and cannot be altered: “Verify chain” proves that nothing was removed or changed.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Paste an id</source>
        <translation>Paste an id</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show %1 more</source>
        <translation>Show %1 more</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 entries shown</source>
        <translation>%1 entries shown</translation>
    </message>
    <message>
        <source>%1 newest entries shown</source>
        <translation>%1 newest entries shown</translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation>Checking the vault…</translation>
    </message>
    <message>
        <source>Verified: the audit log chain is whole (%1) and the database and key file are intact.</source>
        <translation>Verified: the audit log chain is whole (%1) and the database and key file are intact.</translation>
    </message>
    <message>
        <source>Not signed in since entries are signed: %1. Until each of them signs in, entries in their name cannot be checked.</source>
        <translation>Not signed in since entries are signed: %1. Until each of them signs in, entries in their name cannot be checked.</translation>
    </message>
    <message>
        <source>Problems found: %1. Stop work and restore the latest backup, or ask for help.</source>
        <translation>Problems found: %1. Stop work and restore the latest backup, or ask for help.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation>Rotate keys…</translation>
    </message>
    <message>
        <source>Choose a second folder…</source>
        <translation>Choose a second folder…</translation>
    </message>
    <message>
        <source>Stop copying</source>
        <translation>Stop copying</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>No backup has been made yet. Back up now.</source>
        <translation>No backup has been made yet. Back up now.</translation>
    </message>
    <message>
        <source>That is more than %1 days ago: back up now.</source>
        <translation>That is more than %1 days ago: back up now.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>second folder</source>
        <translation>second folder</translation>
    </message>
    <message>
        <source>This vault is on the office server: the PCs make no automatic backups, the server&apos;s administrator backs up the database. &quot;Back up now&quot; writes a copy that restores as a vault on one PC.</source>
        <translation>This vault is on the office server: the PCs make no automatic backups, the server&apos;s administrator backs up the database. &quot;Back up now&quot; writes a copy that restores as a vault on one PC.</translation>
    </message>
    <message>
        <source>Backups are kept only on this computer.</source>
        <translation>Backups are kept only on this computer.</translation>
    </message>
    <message>
        <source>Each automatic backup is also copied to %1.</source>
        <translation>Each automatic backup is also copied to %1.</translation>
    </message>
    <message>
        <source>Making and checking a backup…</source>
        <translation>Making and checking a backup…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>The backup was written and checked: %1</source>
        <translation>The backup was written and checked: %1</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>AJO Cases backups (*%1)</source>
        <translation>AJO Cases backups (*%1)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Restoring locks AJO Cases, replaces the current vault with the backup and keeps the current vault in the folder “replaced-&lt;date&gt;” inside the data folder. Everything entered after the backup was made will not be in the restored vault. Afterwards, sign in with the passwords that were valid when the backup was made.</source>
        <translation>Restoring locks AJO Cases, replaces the current vault with the backup and keeps the current vault in the folder “replaced-&lt;date&gt;” inside the data folder. Everything entered after the backup was made will not be in the restored vault. Afterwards, sign in with the passwords that were valid when the backup was made.</translation>
    </message>
    <message>
        <source>Warning: this backup belongs to a different vault.</source>
        <translation>Warning: this backup belongs to a different vault.</translation>
    </message>
    <message>
        <source>Warning: this backup is older than the current vault. What was recorded after it was made will not be in the restored vault.</source>
        <translation>Warning: this backup is older than the current vault. What was recorded after it was made will not be in the restored vault.</translation>
    </message>
    <message>
        <source>Lock and restore</source>
        <translation>Lock and restore</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Last good backup: %1.</source>
        <translation>Last good backup: %1.</translation>
    </message>
    <message>
        <source>The backup of %1 was checked and is intact. It holds %2 people and %3 cases.</source>
        <translation>The backup of %1 was checked and is intact. It holds %2 people and %3 cases.</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in to continue.</source>
        <translation>The backup was restored. Sign in to continue.</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Backups older than %1 days are overdue; make one under Backups.</source>
        <translation>Backups older than %1 days are overdue; make one under Backups.</translation>
    </message>
</context>
<context>
    <name>BedModel</name>
    <message>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Occupied by</source>
        <translation>Occupied by</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>not in use</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>occupied</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
</context>
<context>
    <name>CaseFieldsTab</name>
    <message>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Read-only for your role.</source>
        <translation>Read-only for your role.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>The case</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>Opened on:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Case worker:</source>
        <translation>Case worker:</translation>
    </message>
    <message>
        <source>Identified by:</source>
        <translation>Identified by:</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Risk level:</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>All workers</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Opened this month</source>
        <translation>Opened this month</translation>
    </message>
    <message>
        <source>Opened in the last 3 months</source>
        <translation>Opened in the last 3 months</translation>
    </message>
    <message>
        <source>Opened this year</source>
        <translation>Opened this year</translation>
    </message>
    <message>
        <source>Opened last year</source>
        <translation>Opened last year</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Personal data erased on %1</source>
        <translation>Personal data erased on %1</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>age at intake %1</source>
        <translation>age at intake %1</translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation>risk: %1</translation>
    </message>
    <message>
        <source>risk not assessed</source>
        <translation>risk not assessed</translation>
    </message>
    <message>
        <source>worker: %1</source>
        <translation>worker: %1</translation>
    </message>
    <message>
        <source>no worker assigned</source>
        <translation>no worker assigned</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Consent to registration: given</source>
        <translation>Consent to registration: given</translation>
    </message>
    <message>
        <source>Consent to registration: missing — record it on the Consent tab</source>
        <translation>Consent to registration: missing — record it on the Consent tab</translation>
    </message>
    <message>
        <source>The person refused or withdrew consent to share with partner organisations</source>
        <translation>The person refused or withdrew consent to share with partner organisations</translation>
    </message>
    <message>
        <source>Not asked yet: ask the person before a referral and record the answer on the Consent tab</source>
        <translation>Not asked yet: ask the person before a referral and record the answer on the Consent tab</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>May be shared with %1 organisation(s)</source>
        <translation>May be shared with %1 organisation(s)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Counted in statistics</source>
        <translation>Counted in statistics</translation>
    </message>
    <message>
        <source>Left out of statistics (consent withdrawn)</source>
        <translation>Left out of statistics (consent withdrawn)</translation>
    </message>
    <message>
        <source>The person is in the shelter now; discharge them on the Shelter tab first.</source>
        <translation>The person is in the shelter now; discharge them on the Shelter tab first.</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Set active</source>
        <translation>Set active</translation>
    </message>
    <message>
        <source>Move to follow-up</source>
        <translation>Move to follow-up</translation>
    </message>
    <message>
        <source>Reopen case…</source>
        <translation>Reopen case…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <source>Add assistance…</source>
        <translation>Add assistance…</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <source>Admit to shelter…</source>
        <translation>Admit to shelter…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Person&apos;s data</source>
        <translation>Person&apos;s data</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Cases: %1</source>
        <translation>Cases: %1</translation>
    </message>
    <message>
        <source>first %1 matches: type more to narrow</source>
        <translation>first %1 matches: type more to narrow</translation>
    </message>
    <message>
        <source>Showing: my open cases</source>
        <translation>Showing: my open cases</translation>
    </message>
    <message>
        <source>Showing: cases with overdue follow-ups</source>
        <translation>Showing: cases with overdue follow-ups</translation>
    </message>
    <message>
        <source>Showing: cases with referrals awaiting an answer</source>
        <translation>Showing: cases with referrals awaiting an answer</translation>
    </message>
    <message>
        <source>Showing: cases of people in the shelter</source>
        <translation>Showing: cases of people in the shelter</translation>
    </message>
    <message>
        <source>Showing: case plans awaiting approval</source>
        <translation>Showing: case plans awaiting approval</translation>
    </message>
    <message>
        <source>Search by case code</source>
        <translation>Search by case code</translation>
    </message>
    <message>
        <source>Search by name in any spelling, or by case code</source>
        <translation>Search by name in any spelling, or by case code</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Register a person (Ctrl+N)</source>
        <translation>Register a person (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Plans awaiting approval</source>
        <translation>Plans awaiting approval</translation>
    </message>
    <message>
        <source>No cases to show. Register someone with “New person…” (Ctrl+N), or change the search and filters.</source>
        <translation>No cases to show. Register someone with “New person…” (Ctrl+N), or change the search and filters.</translation>
    </message>
    <message>
        <source>No cases to show. Change the search or the filters.</source>
        <translation>No cases to show. Change the search or the filters.</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <source>Type a name in any spelling, or a case code</source>
        <translation>Type a name in any spelling, or a case code</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Type to search</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>no case yet</source>
        <translation>no case yet</translation>
    </message>
    <message>
        <source>No open case found</source>
        <translation>No open case found</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>The name failed its integrity check. Ask the administrator to verify the vault.</source>
        <translation>The name failed its integrity check. Ask the administrator to verify the vault.</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Estimated age</translation>
    </message>
    <message>
        <source>erased on %1</source>
        <translation>erased on %1</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>no case yet</source>
        <translation>no case yet</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Your unsaved changes from before the lock are back. Save them.</source>
        <translation>Your unsaved changes from before the lock are back. Save them.</translation>
    </message>
    <message>
        <source>Case %1 — AJO Cases</source>
        <translation>Case %1 — AJO Cases</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This case has changes that are not saved. Save them?</source>
        <translation>This case has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>The personal data of this person were erased on %1. The case is kept for statistics only and can no longer change.</source>
        <translation>The personal data of this person were erased on %1. The case is kept for statistics only and can no longer change.</translation>
    </message>
    <message>
        <source>Copy of the person&apos;s data…</source>
        <translation>Copy of the person&apos;s data…</translation>
    </message>
    <message>
        <source>Erase the person&apos;s data…</source>
        <translation>Erase the person&apos;s data…</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
    <message>
        <source>Choose a password that meets the rules above.</source>
        <translation>Choose a password that meets the rules above.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Hatched marks are values the table hides (%1: fewer than %2 people; x: hidden so that totals do not reveal them). Bars show only the values the table shows.</source>
        <translation>Hatched marks are values the table hides (%1: fewer than %2 people; x: hidden so that totals do not reveal them). Bars show only the values the table shows.</translation>
    </message>
    <message>
        <source>Nothing to show for this filter.</source>
        <translation>Nothing to show for this filter.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check and preview</source>
        <translation>Check and preview</translation>
    </message>
    <message>
        <source>Every row was checked. Nothing has been written yet.</source>
        <translation>Every row was checked. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>People as they will be imported</source>
        <translation>People as they will be imported</translation>
    </message>
    <message>
        <source>Words to map</source>
        <translation>Words to map</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Assumed</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Born / age</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Word in the file</source>
        <translation>Word in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>These words matched no code. Choose the code for each, then Check again.</source>
        <translation>These words matched no code. Choose the code for each, then Check again.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and import the others</source>
        <translation>Leave out the rows with problems and import the others</translation>
    </message>
    <message>
        <source>%1 rows: %2 people, %3 assistance records.</source>
        <translation>%1 rows: %2 people, %3 assistance records.</translation>
    </message>
    <message>
        <source>%1 problems: nothing is imported until they are corrected, or the rows are left out.</source>
        <translation>%1 problems: nothing is imported until they are corrected, or the rows are left out.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>What each column holds</source>
        <translation>What each column holds</translation>
    </message>
    <message>
        <source>Proposed from the column headers. Change a field where it is wrong; columns set to “Not imported” are left out.</source>
        <translation>Proposed from the column headers. Change a field where it is wrong; columns set to “Not imported” are left out.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Save these choices…</source>
        <translation>Save these choices…</translation>
    </message>
    <message>
        <source>Save them as a mapping file, to use for the next file of the same kind</source>
        <translation>Save them as a mapping file, to use for the next file of the same kind</translation>
    </message>
    <message>
        <source>The header is in row %1 of sheet “%2”.</source>
        <translation>The header is in row %1 of sheet “%2”.</translation>
    </message>
    <message>
        <source>The header is in row %1.</source>
        <translation>The header is in row %1.</translation>
    </message>
    <message>
        <source>Two columns are set to “%1”: choose one.</source>
        <translation>Two columns are set to “%1”: choose one.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Save the column choices</source>
        <translation>Save the column choices</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Mapping files (*.json)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Consent to:</source>
        <translation>Consent to:</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Refused or withdrawn</source>
        <translation>Refused or withdrawn</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Organisations:</translation>
    </message>
    <message>
        <source>Tick the organisations the person agreed to.</source>
        <translation>Tick the organisations the person agreed to.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consent to</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Refused or withdrawn</source>
        <translation>Refused or withdrawn</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Registration consent is missing. Ask the person and record their answer; keep the signed form under Documents.</source>
        <translation>Registration consent is missing. Ask the person and record their answer; keep the signed form under Documents.</translation>
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
        <source>Your full name:</source>
        <translation>Your full name:</translation>
    </message>
    <message>
        <source>As printed on papers you sign</source>
        <translation>As printed on papers you sign</translation>
    </message>
    <message>
        <source>Letterhead for printed papers (can be changed later)</source>
        <translation>Letterhead for printed papers (can be changed later)</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Phone or e-mail:</source>
        <translation>Phone or e-mail:</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Create the vault</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Open the backup</source>
        <translation>Open the backup</translation>
    </message>
    <message>
        <source>Use the recovery code instead of a password</source>
        <translation>Use the recovery code instead of a password</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>Password or recovery code</source>
        <translation>Password or recovery code</translation>
    </message>
    <message>
        <source>The backup opens with the passwords it was made with.</source>
        <translation>The backup opens with the passwords it was made with.</translation>
    </message>
</context>
<context>
    <name>DataCard</name>
    <message>
        <source>Import and export</source>
        <translation>Import and export</translation>
    </message>
    <message>
        <source>Bring in records from a CSV or Excel file, or export the records for reports and for moving to another vault.</source>
        <translation>Bring in records from a CSV or Excel file, or export the records for reports and for moving to another vault.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the case records without names or contacts, for reporting.</source>
        <translation>Export the case records without names or contacts, for reporting.</translation>
    </message>
    <message>
        <source>Export pseudonymized…</source>
        <translation>Export pseudonymized…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Fill with demo records…</source>
        <translation>Fill with demo records…</translation>
    </message>
    <message>
        <source>Fill with demo records</source>
        <translation>Fill with demo records</translation>
    </message>
    <message>
        <source>Invented people and cases for training and trying things out. How many cases?</source>
        <translation>Invented people and cases for training and trying things out. How many cases?</translation>
    </message>
    <message>
        <source>Adding demo records…</source>
        <translation>Adding demo records…</translation>
    </message>
    <message>
        <source>Cancelled. No demo records were added.</source>
        <translation>Cancelled. No demo records were added.</translation>
    </message>
    <message>
        <source>Added %1 demo cases.</source>
        <translation>Added %1 demo cases.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Partner organisations receive referrals and provide assistance; projects group cases, assistance and grants by donor. Only an administrator changes these lists.</source>
        <translation>Partner organisations receive referrals and provide assistance; projects group cases, assistance and grants by donor. Only an administrator changes these lists.</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>Add organisation…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Add project…</source>
        <translation>Add project…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Delete the organisation “%1”? It disappears from the list for good. An organisation that already has referrals or assistance cannot be deleted; deactivate it instead.</source>
        <translation>Delete the organisation “%1”? It disappears from the list for good. An organisation that already has referrals or assistance cannot be deleted; deactivate it instead.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>Delete an organisation</source>
        <translation>Delete an organisation</translation>
    </message>
    <message>
        <source>Delete the project “%1”? It disappears from the list for good. A project that cases, assistance, grants or activities belong to cannot be deleted.</source>
        <translation>Delete the project “%1”? It disappears from the list for good. A project that cases, assistance, grants or activities belong to cannot be deleted.</translation>
    </message>
    <message>
        <source>Delete a project</source>
        <translation>Delete a project</translation>
    </message>
    <message>
        <source>This organisation cannot be deleted: %1 referrals or assistance records name it. Deactivate it instead; it stays in their history.</source>
        <translation>This organisation cannot be deleted: %1 referrals or assistance records name it. Deactivate it instead; it stays in their history.</translation>
    </message>
    <message>
        <source>This project cannot be deleted: %1 cases, assistance records, grants or activities belong to it.</source>
        <translation>This project cannot be deleted: %1 cases, assistance records, grants or activities belong to it.</translation>
    </message>
    <message>
        <source>A project with this code already exists. Choose another code.</source>
        <translation>A project with this code already exists. Choose another code.</translation>
    </message>
    <message>
        <source>The project ends before it starts.</source>
        <translation>The project ends before it starts.</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <source>Discharge from the shelter</source>
        <translation>Discharge from the shelter</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>Bed %1, admitted on %2.</source>
        <translation>Bed %1, admitted on %2.</translation>
    </message>
    <message>
        <source>Discharged on:</source>
        <translation>Discharged on:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>Add a document…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>No documents. Add scanned papers such as the signed consent form.</source>
        <translation>No documents. Add scanned papers such as the signed consent form.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>The file is too large. Documents may be at most %1 MB; scan at a lower resolution or split the file.</source>
        <translation>The file is too large. Documents may be at most %1 MB; scan at a lower resolution or split the file.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone with access to the folder can open it. Save it only where it is protected, and delete it when done.</source>
        <translation>The copy will not be encrypted: anyone with access to the folder can open it. Save it only where it is protected, and delete it when done.</translation>
    </message>
    <message>
        <source>The copy was saved.</source>
        <translation>The copy was saved.</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation>The file could not be written. Choose another folder.</translation>
    </message>
    <message>
        <source>Delete the document “%1” from this case? The file is removed from the vault and cannot be brought back; the history keeps that it existed.</source>
        <translation>Delete the document “%1” from this case? The file is removed from the vault and cannot be brought back; the history keeps that it existed.</translation>
    </message>
    <message>
        <source>Delete a document</source>
        <translation>Delete a document</translation>
    </message>
    <message>
        <source>Delete the document</source>
        <translation>Delete the document</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Cases behind this number</source>
        <translation>Cases behind this number</translation>
    </message>
    <message>
        <source>%1 case(s). Case codes only: names are never shown here.</source>
        <translation>%1 case(s). Case codes only: names are never shown here.</translation>
    </message>
    <message>
        <source>Copy codes</source>
        <translation>Copy codes</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Account details</source>
        <translation>Account details</translation>
    </message>
    <message>
        <source>Who is behind the account “%1”: lists and printed papers show the full name and position instead of the user name.</source>
        <translation>Who is behind the account “%1”: lists and printed papers show the full name and position instead of the user name.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase the person&apos;s data</source>
        <translation>Erase the person&apos;s data</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>This erases for good the personal data of the person of case(s) %1: names, birth date, contacts, documents, every free text and %2 attached document(s). The facts counted in statistics stay, so reports for past periods do not change. The cases will show when the data was erased and can no longer change. This cannot be undone.</source>
        <translation>This erases for good the personal data of the person of case(s) %1: names, birth date, contacts, documents, every free text and %2 attached document(s). The facts counted in statistics stay, so reports for past periods do not change. The cases will show when the data was erased and can no longer change. This cannot be undone.</translation>
    </message>
    <message>
        <source>%1 older copies in the vault folder (backups) still hold the person until they are deleted; restoring one erases the person again at once.</source>
        <translation>%1 older copies in the vault folder (backups) still hold the person until they are deleted; restoring one erases the person again at once.</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log; no names)</source>
        <translation>Reason (kept in the audit log; no names)</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>I understand that this cannot be undone</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>At most 500 characters.</translation>
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
        <source>This account&apos;s key is no longer valid: the account was removed or its password was changed. Ask the administrator.</source>
        <translation>This account&apos;s key is no longer valid: the account was removed or its password was changed. Ask the administrator.</translation>
    </message>
    <message>
        <source>This account was removed from the vault. Ask the administrator.</source>
        <translation>This account was removed from the vault. Ask the administrator.</translation>
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
        <source>The office server holds an older state than this PC has already seen (it may have been put back from an old copy); do not work on it and ask the administrator.</source>
        <translation>The office server holds an older state than this PC has already seen (it may have been put back from an old copy); do not work on it and ask the administrator.</translation>
    </message>
    <message>
        <source>The key file is damaged or missing. Restore it from a backup, or unlock with the recovery code.</source>
        <translation>The key file is damaged or missing. Restore it from a backup, or unlock with the recovery code.</translation>
    </message>
    <message>
        <source>Your key slot asks for a password check outside the safe limits, so it was not run: the key file was probably edited. Restore it from a backup, or unlock with the recovery code.</source>
        <translation>Your key slot asks for a password check outside the safe limits, so it was not run: the key file was probably edited. Restore it from a backup, or unlock with the recovery code.</translation>
    </message>
    <message>
        <source>The database file is missing or empty. Nothing was created in its place. Restore the latest backup.</source>
        <translation>The database file is missing or empty. Nothing was created in its place. Restore the latest backup.</translation>
    </message>
    <message>
        <source>The office server is not reachable. Check the network cable or Wi-Fi and try again; if it stays so, ask the administrator.</source>
        <translation>The office server is not reachable. Check the network cable or Wi-Fi and try again; if it stays so, ask the administrator.</translation>
    </message>
    <message>
        <source>The office server could not prove it is the server in the connection file (its certificate does not match). Do not connect; ask the administrator.</source>
        <translation>The office server could not prove it is the server in the connection file (its certificate does not match). Do not connect; ask the administrator.</translation>
    </message>
    <message>
        <source>This vault was moved to the office server %server and is kept read-only here. Open the office server&apos;s vault to work.</source>
        <translation>This vault was moved to the office server %server and is kept read-only here. Open the office server&apos;s vault to work.</translation>
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
        <source>This person&apos;s data was erased: the case is kept for statistics only and can no longer change.</source>
        <translation>This person&apos;s data was erased: the case is kept for statistics only and can no longer change.</translation>
    </message>
    <message>
        <source>This is not a connection file of AJO Cases, or it is damaged. Ask the administrator for a new one.</source>
        <translation>This is not a connection file of AJO Cases, or it is damaged. Ask the administrator for a new one.</translation>
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
        <source>This is the published demo password. Choose another one.</source>
        <translation>This is the published demo password. Choose another one.</translation>
    </message>
    <message>
        <source>The password repeats too few different characters. Choose another one.</source>
        <translation>The password repeats too few different characters. Choose another one.</translation>
    </message>
    <message>
        <source>The password is too easy to guess (a pattern, a keyboard row, a date or a common word). A few unrelated words are better.</source>
        <translation>The password is too easy to guess (a pattern, a keyboard row, a date or a common word). A few unrelated words are better.</translation>
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
        <source>The key file held key slots the vault does not accept (an account removed or replaced earlier); they were removed and the event recorded. Tell the administrator.</source>
        <translation>The key file held key slots the vault does not accept (an account removed or replaced earlier); they were removed and the event recorded. Tell the administrator.</translation>
    </message>
    <message>
        <source>The key file was changed outside the program; its failed-login notes were not used. Tell the administrator.</source>
        <translation>The key file was changed outside the program; its failed-login notes were not used. Tell the administrator.</translation>
    </message>
    <message>
        <source>The audit log does not reach the point recorded earlier: entries were deleted or rewritten, or the record of that point was removed. Tell the administrator.</source>
        <translation>The audit log does not reach the point recorded earlier: entries were deleted or rewritten, or the record of that point was removed. Tell the administrator.</translation>
    </message>
    <message>
        <source>This vault was moved to the office server and is kept on this PC read-only, for reference. Work in the office server&apos;s vault.</source>
        <translation>This vault was moved to the office server and is kept on this PC read-only, for reference. Work in the office server&apos;s vault.</translation>
    </message>
    <message>
        <source>The list of erased people (erasures.json) fails its check and was not applied. Tell the administrator.</source>
        <translation>The list of erased people (erasures.json) fails its check and was not applied. Tell the administrator.</translation>
    </message>
    <message>
        <source>Some records failed their integrity check and are left out of lists, search and exports. Tell the administrator to verify the vault.</source>
        <translation>Some records failed their integrity check and are left out of lists, search and exports. Tell the administrator to verify the vault.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own: Administration, “Change my password…”. Until you do, this reminder comes back at every unlock.</source>
        <translation>Your password was set by an administrator. Choose your own: Administration, “Change my password…”. Until you do, this reminder comes back at every unlock.</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation>Export records</translation>
    </message>
    <message>
        <source>CSV table (import layout)</source>
        <translation>CSV table (import layout)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX, import layout)</source>
        <translation>Excel workbook (XLSX, import layout)</translation>
    </message>
    <message>
        <source>HTCDS data standard (CSV)</source>
        <translation>HTCDS data standard (CSV)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Names and contacts:</source>
        <translation>Names and contacts:</translation>
    </message>
    <message>
        <source>Leave out (pseudonymized export)</source>
        <translation>Leave out (pseudonymized export)</translation>
    </message>
    <message>
        <source>Your role may export pseudonymized records only.</source>
        <translation>Your role may export pseudonymized records only.</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The exported file is not encrypted and lies outside the vault. Keep it on an encrypted drive, share it only as agreed, and delete it when it is no longer needed.</source>
        <translation>The exported file is not encrypted and lies outside the vault. Keep it on an encrypted drive, share it only as agreed, and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <source>Export files (*%1)</source>
        <translation>Export files (*%1)</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose another.</source>
        <translation>The folder does not exist. Choose another.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Written: %1 cases in %2 rows.</source>
        <translation>Written: %1 cases in %2 rows.</translation>
    </message>
    <message>
        <source>%3 cases were left out because the person withdrew consent to statistics.</source>
        <translation>%3 cases were left out because the person withdrew consent to statistics.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
</context>
<context>
    <name>ExportPersonDialog</name>
    <message>
        <source>Copy of the person&apos;s data</source>
        <translation>Copy of the person&apos;s data</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Everything held about the person in all their cases: personal details, every consent answer, what was shared with which organisation, the documents held, each case in full, and who viewed or changed the record. The saved file is not encrypted: hand it only to the person, and delete it afterwards.</source>
        <translation>Everything held about the person in all their cases: personal details, every consent answer, what was shared with which organisation, the documents held, each case in full, and who viewed or changed the record. The saved file is not encrypted: hand it only to the person, and delete it afterwards.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>JSON data (to move the data elsewhere)</source>
        <translation>JSON data (to move the data elsewhere)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>The file</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file: in the import format, or your own register with headers in Tajik, Russian or English. The header row and the columns are found for you.</source>
        <translation>A CSV or Excel (XLSX) file: in the import format, or your own register with headers in Tajik, Russian or English. The header row and the columns are found for you.</translation>
    </message>
    <message>
        <source>Nothing is written until the last step.</source>
        <translation>Nothing is written until the last step.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Use saved column choices…</source>
        <translation>Use saved column choices…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tables (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose saved column choices</source>
        <translation>Choose saved column choices</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Mapping files (*.json)</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Only tasks assigned to you (%1); clear it to see everyone&apos;s</source>
        <translation>Only tasks assigned to you (%1); clear it to see everyone&apos;s</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Done on:</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Mark the selected task done on the date shown</source>
        <translation>Mark the selected task done on the date shown</translation>
    </message>
    <message>
        <source>Nothing is due. Tasks appear here when a plan action, a referral or a grant needs a follow-up within the next week or is overdue.</source>
        <translation>Nothing is due. Tasks appear here when a plan action, a referral or a grant needs a follow-up within the next week or is overdue.</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>done on %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>No follow-ups. They appear when actions are planned, referrals sent or a grant handed over.</source>
        <translation>No follow-ups. They appear when actions are planned, referrals sent or a grant handed over.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <name>GrantTab</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>Bought on</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>not running</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sustainability</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>New business plan…</source>
        <translation>New business plan…</translation>
    </message>
    <message>
        <source>Submit to the donor</source>
        <translation>Submit to the donor</translation>
    </message>
    <message>
        <source>Approved…</source>
        <translation>Approved…</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Rework the plan</source>
        <translation>Rework the plan</translation>
    </message>
    <message>
        <source>Record a purchase…</source>
        <translation>Record a purchase…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>Monitoring visit…</source>
        <translation>Monitoring visit…</translation>
    </message>
    <message>
        <source>Close the grant</source>
        <translation>Close the grant</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Monitoring visits</source>
        <translation>Monitoring visits</translation>
    </message>
    <message>
        <source>No reintegration grant yet. Start one with “New business plan…”.</source>
        <translation>No reintegration grant yet. Start one with “New business plan…”.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>Business: %1</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <source>Own contribution: %1</source>
        <translation>Own contribution: %1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Approved: %1</translation>
    </message>
    <message>
        <source>Handed over on %1 in %2</source>
        <translation>Handed over on %1 in %2</translation>
    </message>
    <message>
        <source>Grant approved</source>
        <translation>Grant approved</translation>
    </message>
    <message>
        <source>Record the approval</source>
        <translation>Record the approval</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>Approved amount</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Handed over on</translation>
    </message>
    <message>
        <source>Next monitoring visit</source>
        <translation>Next monitoring visit</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <source>Awaiting approval or monitoring</source>
        <translation>Awaiting approval or monitoring</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>No grants yet — open a case and add a business plan on its Grant tab.</source>
        <translation>No grants yet — open a case and add a business plan on its Grant tab.</translation>
    </message>
    <message>
        <source>No grants with this status. Choose another status above.</source>
        <translation>No grants with this status. Choose another status above.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the items</source>
        <translation>Hand over the items</translation>
    </message>
    <message>
        <source>Record the handover</source>
        <translation>Record the handover</translation>
    </message>
    <message>
        <source>Monitoring visits are planned 3, 6 and 12 months after the handover.</source>
        <translation>Monitoring visits are planned 3, 6 and 12 months after the handover.</translation>
    </message>
    <message>
        <source>Handed over on:</source>
        <translation>Handed over on:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Write where the items were handed over.</source>
        <translation>Write where the items were handed over.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>case worker %1 → %2</source>
        <translation>case worker %1 → %2</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Every view and change of this case, newest first. Values are never kept here, only which fields changed.</source>
        <translation>Every view and change of this case, newest first. Values are never kept here, only which fields changed.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>(yours)</source>
        <translation>(yours)</translation>
    </message>
    <message>
        <source>Cases assigned to you that are not closed</source>
        <translation>Cases assigned to you that are not closed</translation>
    </message>
    <message>
        <source>Tasks past their due date, in %1 cases</source>
        <translation>Tasks past their due date, in %1 cases</translation>
    </message>
    <message>
        <source>Sent to an organisation, no answer recorded yet</source>
        <translation>Sent to an organisation, no answer recorded yet</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Beds in use today. This week: %1 admitted, %2 discharged</source>
        <translation>Beds in use today. This week: %1 admitted, %2 discharged</translation>
    </message>
    <message>
        <source>Submitted for approval, or handed over with monitoring visits to make</source>
        <translation>Submitted for approval, or handed over with monitoring visits to make</translation>
    </message>
    <message>
        <source>People whose cases all closed longer ago than the retention period</source>
        <translation>People whose cases all closed longer ago than the retention period</translation>
    </message>
    <message>
        <source>Review them and anonymise their data (Retention).</source>
        <translation>Review them and anonymise their data (Retention).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last good backup. Backups are checked daily.</source>
        <translation>Last good backup. Backups are checked daily.</translation>
    </message>
    <message>
        <source>No backup has been made yet. Make one now (Backups).</source>
        <translation>No backup has been made yet. Make one now (Backups).</translation>
    </message>
    <message>
        <source>Backup overdue: the last good backup is older than %1 days. Make one now.</source>
        <translation>Backup overdue: the last good backup is older than %1 days. Make one now.</translation>
    </message>
    <message>
        <source>Ask the administrator.</source>
        <translation>Ask the administrator.</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Last good backup</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>You are signed in as %1. %2</source>
        <translation>You are signed in as %1. %2</translation>
    </message>
    <message>
        <source>Only my work (clear to see everyone&apos;s)</source>
        <translation>Only my work (clear to see everyone&apos;s)</translation>
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
    <message>
        <source>My open cases</source>
        <translation>My open cases</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>Referrals awaiting an answer</source>
        <translation>Referrals awaiting an answer</translation>
    </message>
    <message>
        <source>Shelter today</source>
        <translation>Shelter today</translation>
    </message>
    <message>
        <source>Grants awaiting approval or monitoring</source>
        <translation>Grants awaiting approval or monitoring</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Past the retention period</source>
        <translation>Past the retention period</translation>
    </message>
    <message>
        <source>Open Retention</source>
        <translation>Open Retention</translation>
    </message>
    <message>
        <source>Show list</source>
        <translation>Show list</translation>
    </message>
    <message>
        <source>Open Backups</source>
        <translation>Open Backups</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Register number (rows with the same number are one person)</source>
        <translation>Register number (rows with the same number are one person)</translation>
    </message>
    <message>
        <source>Full name (split into family name, given name, patronymic)</source>
        <translation>Full name (split into family name, given name, patronymic)</translation>
    </message>
    <message>
        <source>Year of birth (becomes an estimated age)</source>
        <translation>Year of birth (becomes an estimated age)</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Estimated age</translation>
    </message>
    <message>
        <source>Date the case was opened</source>
        <translation>Date the case was opened</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Identified by</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Date the case was closed</source>
        <translation>Date the case was closed</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Forms of exploitation</translation>
    </message>
    <message>
        <source>Industry of forced labour</source>
        <translation>Industry of forced labour</translation>
    </message>
    <message>
        <source>Methods of control</source>
        <translation>Methods of control</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <source>Relation to the recruiter</source>
        <translation>Relation to the recruiter</translation>
    </message>
    <message>
        <source>Country of recruitment</source>
        <translation>Country of recruitment</translation>
    </message>
    <message>
        <source>Country of exploitation or migration</source>
        <translation>Country of exploitation or migration</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>Transit countries</translation>
    </message>
    <message>
        <source>Exploitation began</source>
        <translation>Exploitation began</translation>
    </message>
    <message>
        <source>Exploitation ended</source>
        <translation>Exploitation ended</translation>
    </message>
    <message>
        <source>Age when trafficked</source>
        <translation>Age when trafficked</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Account of events</source>
        <translation>Account of events</translation>
    </message>
    <message>
        <source>Type of assistance (several per cell allowed)</source>
        <translation>Type of assistance (several per cell allowed)</translation>
    </message>
    <message>
        <source>Date of assistance</source>
        <translation>Date of assistance</translation>
    </message>
    <message>
        <source>Trade learnt</source>
        <translation>Trade learnt</translation>
    </message>
    <message>
        <source>Cost of assistance</source>
        <translation>Cost of assistance</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Note on the assistance</source>
        <translation>Note on the assistance</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Save the report…</translation>
    </message>
    <message>
        <source>Ready to import %1 people with %2 assistance records.</source>
        <translation>Ready to import %1 people with %2 assistance records.</translation>
    </message>
    <message>
        <source>%1 rows with problems will be left out.</source>
        <translation>%1 rows with problems will be left out.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>Imported %1 people and cases and %2 assistance records.</source>
        <translation>Imported %1 people and cases and %2 assistance records.</translation>
    </message>
    <message>
        <source>Rows left out: %1.</source>
        <translation>Rows left out: %1.</translation>
    </message>
    <message>
        <source>Import report, %1</source>
        <translation>Import report, %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Report saved to %1.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Save the import report</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>The file is neither UTF-8 nor Windows-1251 text.</source>
        <translation>The file is neither UTF-8 nor Windows-1251 text.</translation>
    </message>
    <message>
        <source>The file cannot be read as a CSV or XLSX table.</source>
        <translation>The file cannot be read as a CSV or XLSX table.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and is not open.</source>
        <translation>The file cannot be read. Check that it exists and is not open.</translation>
    </message>
    <message>
        <source>The file is larger than the import reads (20 MB, 100 columns, 2,000,000 filled cells, 32,767 characters in a cell). Split it into parts.</source>
        <translation>The file is larger than the import reads (20 MB, 100 columns, 2,000,000 filled cells, 32,767 characters in a cell). Split it into parts.</translation>
    </message>
    <message>
        <source>The file has more than 50,000 rows (or rows numbered past 60,000). Split it into parts.</source>
        <translation>The file has more than 50,000 rows (or rows numbered past 60,000). Split it into parts.</translation>
    </message>
    <message>
        <source>The workbook has no sheet of that name. Choose another sheet.</source>
        <translation>The workbook has no sheet of that name. Choose another sheet.</translation>
    </message>
    <message>
        <source>The saved column choices do not fit this file. Choose the columns again.</source>
        <translation>The saved column choices do not fit this file. Choose the columns again.</translation>
    </message>
    <message>
        <source>The column appears twice in the first row.</source>
        <translation>The column appears twice in the first row.</translation>
    </message>
    <message>
        <source>This column is not part of the import format.</source>
        <translation>This column is not part of the import format.</translation>
    </message>
    <message>
        <source>This required column is missing.</source>
        <translation>This required column is missing.</translation>
    </message>
    <message>
        <source>The row repeats an earlier row.</source>
        <translation>The row repeats an earlier row.</translation>
    </message>
    <message>
        <source>The row has more cells than the first row has columns.</source>
        <translation>The row has more cells than the first row has columns.</translation>
    </message>
    <message>
        <source>A value is required here.</source>
        <translation>A value is required here.</translation>
    </message>
    <message>
        <source>The value differs from the first row with the same ref.</source>
        <translation>The value differs from the first row with the same ref.</translation>
    </message>
    <message>
        <source>The same person appears in an earlier row.</source>
        <translation>The same person appears in an earlier row.</translation>
    </message>
    <message>
        <source>A person with this name and birth year is already in the vault.</source>
        <translation>A person with this name and birth year is already in the vault.</translation>
    </message>
    <message>
        <source>The dates or the status do not fit together.</source>
        <translation>The dates or the status do not fit together.</translation>
    </message>
    <message>
        <source>More problems are not listed. Correct these first.</source>
        <translation>More problems are not listed. Correct these first.</translation>
    </message>
    <message>
        <source>Not a date. Write it as dd.MM.yyyy, for example 05.02.2025.</source>
        <translation>Not a date. Write it as dd.MM.yyyy, for example 05.02.2025.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Not a number.</translation>
    </message>
    <message>
        <source>Formulas are not accepted. Enter the value itself.</source>
        <translation>Formulas are not accepted. Enter the value itself.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <source>A word that matched no code. Choose its code under Words to map.</source>
        <translation>A word that matched no code. Choose its code under Words to map.</translation>
    </message>
    <message>
        <source>Name order assumed (family name first): %1</source>
        <translation>Name order assumed (family name first): %1</translation>
    </message>
    <message>
        <source>Age estimated from the year of birth: %1</source>
        <translation>Age estimated from the year of birth: %1</translation>
    </message>
    <message>
        <source>Assistance dated on the day the case was opened (no date column): %1</source>
        <translation>Assistance dated on the day the case was opened (no date column): %1</translation>
    </message>
    <message>
        <source>Skipped as a total line: %1</source>
        <translation>Skipped as a total line: %1</translation>
    </message>
    <message>
        <source>Skipped as the row of column numbers: %1</source>
        <translation>Skipped as the row of column numbers: %1</translation>
    </message>
    <message>
        <source>Column not imported: %1</source>
        <translation>Column not imported: %1</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation>rows %1</translation>
    </message>
    <message>
        <source>There is no project with this code.</source>
        <translation>There is no project with this code.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import records</source>
        <translation>Import records</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The saved column choices cannot be used: %1</source>
        <translation>The saved column choices cannot be used: %1</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
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
    <name>LetterheadCard</name>
    <message>
        <source>Organisation letterhead</source>
        <translation>Organisation letterhead</translation>
    </message>
    <message>
        <source>Printed at the top of case summaries, referral forms and handover certificates.</source>
        <translation>Printed at the top of case summaries, referral forms and handover certificates.</translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation>Organisation name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Phone or e-mail:</source>
        <translation>Phone or e-mail:</translation>
    </message>
    <message>
        <source>Logo (PNG):</source>
        <translation>Logo (PNG):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save letterhead</source>
        <translation>Save letterhead</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
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
        <source>Find people and cases (Ctrl+F)</source>
        <translation>Find people and cases (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find cases by code (Ctrl+F)</source>
        <translation>Find cases by code (Ctrl+F)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Lock the vault (Ctrl+L)</translation>
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
    <name>Operations</name>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be kept.</source>
        <translation>Cancelling… nothing will be kept.</translation>
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
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>People &amp; cases</source>
        <translation>People &amp; cases</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Organisations &amp; projects</source>
        <translation>Organisations &amp; projects</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>ParticipantCounts</name>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <source>= %1 in all</source>
        <translation>= %1 in all</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <source>The organisation&apos;s phone or e-mail</source>
        <translation>The organisation&apos;s phone or e-mail</translation>
    </message>
    <message>
        <source>Active: offered when referring</source>
        <translation>Active: offered when referring</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>Saved to %1. The file is not encrypted.</source>
        <translation>Saved to %1. The file is not encrypted.</translation>
    </message>
    <message>
        <source>Making the copy…</source>
        <translation>Making the copy…</translation>
    </message>
    <message>
        <source>Save the copy of the person&apos;s data</source>
        <translation>Save the copy of the person&apos;s data</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
    <message>
        <source>The person&apos;s data was erased on %1.</source>
        <translation>The person&apos;s data was erased on %1.</translation>
    </message>
    <message>
        <source>The last traces leave the vault folder when it is locked or closed.</source>
        <translation>The last traces leave the vault folder when it is locked or closed.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Not erased</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit the person</source>
        <translation>Edit the person</translation>
    </message>
    <message>
        <source>A person without a case</source>
        <translation>A person without a case</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This person may already be registered</source>
        <translation>This person may already be registered</translation>
    </message>
    <message>
        <source>People with a similar name (in any spelling) and the same birth year exist. Open the existing case if it is the same person, or register a new person if it is not.</source>
        <translation>People with a similar name (in any spelling) and the same birth year exist. Open the existing case if it is the same person, or register a new person if it is not.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Open the existing case</source>
        <translation>Open the existing case</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Register as a new person</source>
        <translation>Register as a new person</translation>
    </message>
    <message>
        <source>Bed:</source>
        <translation>Bed:</translation>
    </message>
    <message>
        <source>Admit to this bed</source>
        <translation>Admit to this bed</translation>
    </message>
    <message>
        <source>This person has no case yet</source>
        <translation>This person has no case yet</translation>
    </message>
    <message>
        <source>The person is registered</source>
        <translation>The person is registered</translation>
    </message>
    <message>
        <source>Open a case for them now? It is opened today and assigned to you.</source>
        <translation>Open a case for them now? It is opened today and assigned to you.</translation>
    </message>
    <message>
        <source>To give them a bed tonight, admit them: a case is opened for the stay if they have none, and a case worker takes it up.</source>
        <translation>To give them a bed tonight, admit them: a case is opened for the stay if they have none, and a case worker takes it up.</translation>
    </message>
    <message>
        <source>No bed is free today</source>
        <translation>No bed is free today</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>Contacts and documents</source>
        <translation>Contacts and documents</translation>
    </message>
    <message>
        <source>Family name (Cyrillic):</source>
        <translation>Family name (Cyrillic):</translation>
    </message>
    <message>
        <source>Given name (Cyrillic):</source>
        <translation>Given name (Cyrillic):</translation>
    </message>
    <message>
        <source>Patronymic (Cyrillic):</source>
        <translation>Patronymic (Cyrillic):</translation>
    </message>
    <message>
        <source>Name in Latin letters:</source>
        <translation>Name in Latin letters:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Born:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Trafficking status:</source>
        <translation>Trafficking status:</translation>
    </message>
    <message>
        <source>Home district:</source>
        <translation>Home district:</translation>
    </message>
    <message>
        <source>Jamoat or village:</source>
        <translation>Jamoat or village:</translation>
    </message>
    <message>
        <source>Marital status:</source>
        <translation>Marital status:</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>Education:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Citizenship:</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Children:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Family contact:</source>
        <translation>Family contact:</translation>
    </message>
    <message>
        <source>Identity document:</source>
        <translation>Identity document:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Latin from Cyrillic</source>
        <translation>Latin from Cyrillic</translation>
    </message>
    <message>
        <source>Write the Latin spelling from the Cyrillic family and given names</source>
        <translation>Write the Latin spelling from the Cyrillic family and given names</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>age about</source>
        <translation>age about</translation>
    </message>
    <message>
        <source>An estimated age, shown with ≈</source>
        <translation>An estimated age, shown with ≈</translation>
    </message>
    <message>
        <source>Enter a name, in Cyrillic or in Latin letters.</source>
        <translation>Enter a name, in Cyrillic or in Latin letters.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>Choose the sex.</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>Choose the category.</translation>
    </message>
    <message>
        <source>Enter the birth date as dd.mm.yyyy, or choose unknown or an age.</source>
        <translation>Enter the birth date as dd.mm.yyyy, or choose unknown or an age.</translation>
    </message>
    <message>
        <source>Enter the estimated age, or choose unknown.</source>
        <translation>Enter the estimated age, or choose unknown.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New business plan</source>
        <translation>New business plan</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Business:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Own contribution:</source>
        <translation>Own contribution:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Line %1 needs an item, a quantity and a cost.</source>
        <translation>Line %1 needs an item, a quantity and a cost.</translation>
    </message>
    <message>
        <source>Add at least one budget line.</source>
        <translation>Add at least one budget line.</translation>
    </message>
    <message>
        <source>Write the amount as a number.</source>
        <translation>Write the amount as a number.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Planned actions</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Add action…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Approve the plan</translation>
    </message>
    <message>
        <source>Return for more work</source>
        <translation>Return for more work</translation>
    </message>
    <message>
        <source>Plan: not yet submitted for approval</source>
        <translation>Plan: not yet submitted for approval</translation>
    </message>
    <message>
        <source>Plan: awaiting a manager&apos;s approval since %1</source>
        <translation>Plan: awaiting a manager&apos;s approval since %1</translation>
    </message>
    <message>
        <source>Plan: approved by %1 on %2</source>
        <translation>Plan: approved by %1 on %2</translation>
    </message>
    <message>
        <source>Plan: returned for more work by %1 on %2</source>
        <translation>Plan: returned for more work by %1 on %2</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>Referral form</source>
        <translation>Referral form</translation>
    </message>
    <message>
        <source>Grant handover certificate</source>
        <translation>Grant handover certificate</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Trafficking details</source>
        <translation>Trafficking details</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Assessment and plan</source>
        <translation>Assessment and plan</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Shelter stays</source>
        <translation>Shelter stays</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Reintegration grant</source>
        <translation>Reintegration grant</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Press Preview to see the document.</source>
        <translation>Press Preview to see the document.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Choose at least one section.</translation>
    </message>
    <message>
        <source>This case has nothing of this kind to print.</source>
        <translation>This case has nothing of this kind to print.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>The saved file is not encrypted: anyone who can open the folder can read the personal data in it. Save it only where it is protected, and delete it when it is no longer needed.</source>
        <translation>The saved file is not encrypted: anyone who can open the folder can read the personal data in it. Save it only where it is protected, and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved there.</source>
        <translation>The file could not be saved there.</translation>
    </message>
    <message>
        <source>Saved. The file is not encrypted.</source>
        <translation>Saved. The file is not encrypted.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Work phone:</source>
        <translation>Work phone:</translation>
    </message>
    <message>
        <source>As printed on referral forms and certificates</source>
        <translation>As printed on referral forms and certificates</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Names and contacts are restricted for your role; the rest is read-only.</source>
        <translation>Names and contacts are restricted for your role; the rest is read-only.</translation>
    </message>
    <message>
        <source>Read-only for your role.</source>
        <translation>Read-only for your role.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Edit project</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Add project</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>Donor:</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>Starts on:</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>Ends on:</translation>
    </message>
    <message>
        <source>Enter the project&apos;s code and name.</source>
        <translation>Enter the project&apos;s code and name.</translation>
    </message>
    <message>
        <source>The project ends before it starts.</source>
        <translation>The project ends before it starts.</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Record a purchase</source>
        <translation>Record a purchase</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>Unit cost:</source>
        <translation>Unit cost:</translation>
    </message>
    <message>
        <source>Bought on:</source>
        <translation>Bought on:</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Supplier:</translation>
    </message>
    <message>
        <source>Receipt number:</source>
        <translation>Receipt number:</translation>
    </message>
    <message>
        <source>Write what was bought.</source>
        <translation>Write what was bought.</translation>
    </message>
    <message>
        <source>Write the amount as a number.</source>
        <translation>Write the amount as a number.</translation>
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
    <name>ReferDialog</name>
    <message>
        <source>Refer to an organisation</source>
        <translation>Refer to an organisation</translation>
    </message>
    <message>
        <source>Create and send</source>
        <translation>Create and send</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Note for the organisation:</source>
        <translation>Note for the organisation:</translation>
    </message>
    <message>
        <source>Consent to share:</source>
        <translation>Consent to share:</translation>
    </message>
    <message>
        <source>The person agrees today to share their information with this organisation</source>
        <translation>The person agrees today to share their information with this organisation</translation>
    </message>
    <message>
        <source>Send without consent (emergency, recorded)</source>
        <translation>Send without consent (emergency, recorded)</translation>
    </message>
    <message>
        <source>Why it cannot wait for consent</source>
        <translation>Why it cannot wait for consent</translation>
    </message>
    <message>
        <source>Choose the organisation to see the person&apos;s consent.</source>
        <translation>Choose the organisation to see the person&apos;s consent.</translation>
    </message>
    <message>
        <source>Given: the person agreed to share with %1.</source>
        <translation>Given: the person agreed to share with %1.</translation>
    </message>
    <message>
        <source>Not given: the person has not agreed to share with %1.</source>
        <translation>Not given: the person has not agreed to share with %1.</translation>
    </message>
    <message>
        <source>Keep as a draft</source>
        <translation>Keep as a draft</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Choose the organisation.</translation>
    </message>
    <message>
        <source>Choose the service.</source>
        <translation>Choose the service.</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>Write the reason.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <source>Awaiting an answer</source>
        <translation>Awaiting an answer</translation>
    </message>
    <message>
        <source>Under way (sent or accepted)</source>
        <translation>Under way (sent or accepted)</translation>
    </message>
    <message>
        <source>No referrals yet — open a case and choose Refer…</source>
        <translation>No referrals yet — open a case and choose Refer…</translation>
    </message>
    <message>
        <source>No referrals with this status. Choose another status above.</source>
        <translation>No referrals with this status. Choose another status above.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Check by</source>
        <translation>Check by</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>sent without consent (override)</source>
        <translation>sent without consent (override)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation>Declined…</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>The organisation took the person on</source>
        <translation>The organisation took the person on</translation>
    </message>
    <message>
        <source>The organisation refused; write its reason</source>
        <translation>The organisation refused; write its reason</translation>
    </message>
    <message>
        <source>No referrals yet. Choose “Refer…” to send the person to a partner.</source>
        <translation>No referrals yet. Choose “Refer…” to send the person to a partner.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Not sent: no consent</source>
        <translation>Not sent: no consent</translation>
    </message>
    <message>
        <source>The referral is kept as a draft; send it later.</source>
        <translation>The referral is kept as a draft; send it later.</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>Send anyway…</translation>
    </message>
    <message>
        <source>Send without consent</source>
        <translation>Send without consent</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <source>Only for an emergency, such as a threat to life. Write why the person&apos;s information must be shared without their consent. This is recorded.</source>
        <translation>Only for an emergency, such as a threat to life. Write why the person&apos;s information must be shared without their consent. This is recorded.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>Write the reason.</translation>
    </message>
    <message>
        <source>The organisation declined</source>
        <translation>The organisation declined</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Their reason:</source>
        <translation>Their reason:</translation>
    </message>
    <message>
        <source>Write the reason they gave.</source>
        <translation>Write the reason they gave.</translation>
    </message>
</context>
<context>
    <name>ResidentModel</name>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admitted on</translation>
    </message>
    <message>
        <source>Nights so far</source>
        <translation>Nights so far</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Nobody is past the retention period.</source>
        <translation>Nobody is past the retention period.</translation>
    </message>
    <message>
        <source>%1 people: every case of theirs closed more than %2 years ago.</source>
        <translation>%1 people: every case of theirs closed more than %2 years ago.</translation>
    </message>
    <message>
        <source>Anonymise %1 people…</source>
        <translation>Anonymise %1 people…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>This erases for good the personal data of %1 people whose cases all closed more than %2 years ago: names, contacts, documents, free texts and attached documents. The facts counted in statistics stay. This cannot be undone.</source>
        <translation>This erases for good the personal data of %1 people whose cases all closed more than %2 years ago: names, contacts, documents, free texts and attached documents. The facts counted in statistics stay. This cannot be undone.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Anonymise %1 people</source>
        <translation>Anonymise %1 people</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonymising…</translation>
    </message>
    <message>
        <source>%1 people were anonymised.</source>
        <translation>%1 people were anonymised.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>A person&apos;s data is kept for a set number of years after their last case was closed, then anonymised: the personal data go, the facts counted in statistics stay. Set the period to your organisation&apos;s policy.</source>
        <translation>A person&apos;s data is kept for a set number of years after their last case was closed, then anonymised: the personal data go, the facts counted in statistics stay. Set the period to your organisation&apos;s policy.</translation>
    </message>
    <message>
        <source>Keep a person&apos;s data for</source>
        <translation>Keep a person&apos;s data for</translation>
    </message>
    <message>
        <source>years after their last case was closed</source>
        <translation>years after their last case was closed</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>This is the default period; no one has set the organisation&apos;s own yet.</source>
        <translation>This is the default period; no one has set the organisation&apos;s own yet.</translation>
    </message>
    <message>
        <source>Past the retention period</source>
        <translation>Past the retention period</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Last closed</source>
        <translation>Last closed</translation>
    </message>
</context>
<context>
    <name>Roles</name>
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
    <name>RotationFlow</name>
    <message>
        <source>Rotating keys re-encrypts the whole database and every personal field under new keys, so copies of old key files (for example of a person who left) and the keys they held no longer open anything current. You keep your password. Every other account gets a temporary password, and there is a new recovery code; both are shown once, afterwards. On a large vault this takes a few minutes.</source>
        <translation>Rotating keys re-encrypts the whole database and every personal field under new keys, so copies of old key files (for example of a person who left) and the keys they held no longer open anything current. You keep your password. Every other account gets a temporary password, and there is a new recovery code; both are shown once, afterwards. On a large vault this takes a few minutes.</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation>Rotate keys</translation>
    </message>
    <message>
        <source>Rotating the personal-data key seals every personal field again under a new key, in small steps, while the other computers keep working, so the key a former account held opens nothing current. You keep your password. Every other account that reads personal data gets a temporary password and is signed out; there is a new recovery code. Both are shown once, afterwards. Managers are not affected. If it is interrupted, rotate the keys again and it continues.</source>
        <translation>Rotating the personal-data key seals every personal field again under a new key, in small steps, while the other computers keep working, so the key a former account held opens nothing current. You keep your password. Every other account that reads personal data gets a temporary password and is signed out; there is a new recovery code. Both are shown once, afterwards. Managers are not affected. If it is interrupted, rotate the keys again and it continues.</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Your password:</translation>
    </message>
    <message>
        <source>Sealing every personal field again under the new key…</source>
        <translation>Sealing every personal field again under the new key…</translation>
    </message>
    <message>
        <source>Re-encrypting the vault and every personal field…</source>
        <translation>Re-encrypting the vault and every personal field…</translation>
    </message>
    <message>
        <source>Paused. New records already use the new key; rotate the keys again to finish sealing the older ones.</source>
        <translation>Paused. New records already use the new key; rotate the keys again to finish sealing the older ones.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>The keys were rotated.</source>
        <translation>The keys were rotated.</translation>
    </message>
    <message>
        <source>New recovery code (write it down; the old one no longer works):</source>
        <translation>New recovery code (write it down; the old one no longer works):</translation>
    </message>
    <message>
        <source>Temporary passwords to hand out:</source>
        <translation>Temporary passwords to hand out:</translation>
    </message>
    <message>
        <source>Keys rotated</source>
        <translation>Keys rotated</translation>
    </message>
    <message numerus="yes">
        <source>The personal-data key was rotated: %n fields were sealed again and the old key was removed from the key slots.</source>
        <translation>
            <numerusform>The personal-data key was rotated: %n field was sealed again and the old key was removed from the key slots.</numerusform>
            <numerusform>The personal-data key was rotated: %n fields were sealed again and the old key was removed from the key slots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies of the vault are still encrypted under the old keys and open with the old passwords:</source>
        <translation>
            <numerusform>%n copy of the vault is still encrypted under the old keys and opens with the old passwords:</numerusform>
            <numerusform>%n copies of the vault are still encrypted under the old keys and open with the old passwords:</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a new backup now and delete them? Keep them only if you still need one; then delete it yourself as soon as you can.</source>
        <translation>Make a new backup now and delete them? Keep them only if you still need one; then delete it yourself as soon as you can.</translation>
    </message>
    <message>
        <source>Copies under the old keys</source>
        <translation>Copies under the old keys</translation>
    </message>
    <message>
        <source>Back up and delete them</source>
        <translation>Back up and delete them</translation>
    </message>
    <message>
        <source>Making a new backup and deleting the old copies…</source>
        <translation>Making a new backup and deleting the old copies…</translation>
    </message>
    <message>
        <source>A new backup was written (%1) and the old copies were deleted.</source>
        <translation>A new backup was written (%1) and the old copies were deleted.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The case still has %count referrals waiting or under way. Complete or withdraw them first, or close with a written reason.</source>
        <translation>The case still has %count referrals waiting or under way. Complete or withdraw them first, or close with a written reason.</translation>
    </message>
    <message>
        <source>The person is still in the shelter. Record the discharge first.</source>
        <translation>The person is still in the shelter. Record the discharge first.</translation>
    </message>
    <message>
        <source>A case cannot go from this status to the one chosen.</source>
        <translation>A case cannot go from this status to the one chosen.</translation>
    </message>
    <message>
        <source>Choose why the case is being closed.</source>
        <translation>Choose why the case is being closed.</translation>
    </message>
    <message>
        <source>Write why the case is being reopened.</source>
        <translation>Write why the case is being reopened.</translation>
    </message>
    <message>
        <source>The referral cannot go from its status to the one chosen.</source>
        <translation>The referral cannot go from its status to the one chosen.</translation>
    </message>
    <message>
        <source>Write the reason the organisation gave for declining.</source>
        <translation>Write the reason the organisation gave for declining.</translation>
    </message>
    <message>
        <source>The person has not agreed to share their information with this organisation. Record their sharing consent on the Consent tab first.</source>
        <translation>The person has not agreed to share their information with this organisation. Record their sharing consent on the Consent tab first.</translation>
    </message>
    <message>
        <source>Nothing can be bought or handed over before the grant is approved.</source>
        <translation>Nothing can be bought or handed over before the grant is approved.</translation>
    </message>
    <message>
        <source>The grant cannot take this step now.</source>
        <translation>The grant cannot take this step now.</translation>
    </message>
    <message>
        <source>Choose a bed.</source>
        <translation>Choose a bed.</translation>
    </message>
    <message>
        <source>The discharge date is before the admission date (%admitted).</source>
        <translation>The discharge date is before the admission date (%admitted).</translation>
    </message>
    <message>
        <source>This stay already ended on %discharged.</source>
        <translation>This stay already ended on %discharged.</translation>
    </message>
    <message>
        <source>The person already stays in the shelter since %admitted.</source>
        <translation>The person already stays in the shelter since %admitted.</translation>
    </message>
    <message>
        <source>This bed is taken since %admitted. Choose another bed.</source>
        <translation>This bed is taken since %admitted. Choose another bed.</translation>
    </message>
    <message>
        <source>The shelter is full on %date (%capacity beds).</source>
        <translation>The shelter is full on %date (%capacity beds).</translation>
    </message>
    <message>
        <source>The date is before the birth date.</source>
        <translation>The date is before the birth date.</translation>
    </message>
    <message>
        <source>An age cannot be negative.</source>
        <translation>An age cannot be negative.</translation>
    </message>
    <message>
        <source>This country is not known.</source>
        <translation>This country is not known.</translation>
    </message>
    <message>
        <source>The follow-up interval is not valid.</source>
        <translation>The follow-up interval is not valid.</translation>
    </message>
    <message>
        <source>The plan has moved on meanwhile. Close the case window and open it again.</source>
        <translation>The plan has moved on meanwhile. Close the case window and open it again.</translation>
    </message>
    <message>
        <source>Add an assessment or a planned action before submitting the plan.</source>
        <translation>Add an assessment or a planned action before submitting the plan.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Your changes were not saved: close the window, open it again and repeat them.</source>
        <translation>Someone else changed this record meanwhile. Your changes were not saved: close the window, open it again and repeat them.</translation>
    </message>
    <message>
        <source>%who changed this record at %when. Your changes were not saved and are still in the window: copy what you need, close the window, open it again and repeat them.</source>
        <translation>%who changed this record at %when. Your changes were not saved and are still in the window: copy what you need, close the window, open it again and repeat them.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>Choose a password of your own, not the one you were given.</source>
        <translation>Choose a password of your own, not the one you were given.</translation>
    </message>
    <message>
        <source>This name is reserved. Choose another account name.</source>
        <translation>This name is reserved. Choose another account name.</translation>
    </message>
    <message>
        <source>Enter a name, in Cyrillic or in Latin letters.</source>
        <translation>Enter a name, in Cyrillic or in Latin letters.</translation>
    </message>
    <message>
        <source>The estimated age must be between 0 and 120.</source>
        <translation>The estimated age must be between 0 and 120.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>Choose the organisations the person agreed to share with.</source>
        <translation>Choose the organisations the person agreed to share with.</translation>
    </message>
    <message>
        <source>Add at least one budget line before submitting.</source>
        <translation>Add at least one budget line before submitting.</translation>
    </message>
    <message>
        <source>Each item needs a name.</source>
        <translation>Each item needs a name.</translation>
    </message>
    <message>
        <source>A quantity is at least 1.</source>
        <translation>A quantity is at least 1.</translation>
    </message>
    <message>
        <source>The approved amount must be more than zero.</source>
        <translation>The approved amount must be more than zero.</translation>
    </message>
    <message>
        <source>The visit is dated before the handover.</source>
        <translation>The visit is dated before the handover.</translation>
    </message>
    <message>
        <source>The case is closed. Reopen it first.</source>
        <translation>The case is closed. Reopen it first.</translation>
    </message>
    <message>
        <source>This bed is not in use. Choose another.</source>
        <translation>This bed is not in use. Choose another.</translation>
    </message>
    <message>
        <source>The file is too large. Documents may be at most 20 MB.</source>
        <translation>The file is too large. Documents may be at most 20 MB.</translation>
    </message>
    <message>
        <source>This document is the signed form of a consent record and is kept.</source>
        <translation>This document is the signed form of a consent record and is kept.</translation>
    </message>
    <message>
        <source>The budget can only change while the grant is a business plan.</source>
        <translation>The budget can only change while the grant is a business plan.</translation>
    </message>
    <message>
        <source>Say why the data is erased, in one line (it is kept in the audit log).</source>
        <translation>Say why the data is erased, in one line (it is kept in the audit log).</translation>
    </message>
    <message>
        <source>The reason may not contain the person&apos;s name: it is kept in the audit log. Write it without the name.</source>
        <translation>The reason may not contain the person&apos;s name: it is kept in the audit log. Write it without the name.</translation>
    </message>
    <message>
        <source>The person is staying in the shelter. Record the discharge first.</source>
        <translation>The person is staying in the shelter. Record the discharge first.</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased already.</source>
        <translation>This person&apos;s data was erased already.</translation>
    </message>
    <message>
        <source>The retention period must be from 1 to 50 years.</source>
        <translation>The retention period must be from 1 to 50 years.</translation>
    </message>
    <message>
        <source>This is not allowed by the rules of case work (%1).</source>
        <translation>This is not allowed by the rules of case work (%1).</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>From 1 to %1 minutes; 5 is recommended. The new time applies at once.</source>
        <translation>From 1 to %1 minutes; 5 is recommended. The new time applies at once.</translation>
    </message>
    <message>
        <source>These settings are kept on this computer for everyone who uses it. They hold no personal data.</source>
        <translation>These settings are kept on this computer for everyone who uses it. They hold no personal data.</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>Beds used today: %1 of %2</source>
        <translation>Beds used today: %1 of %2</translation>
    </message>
    <message>
        <source>This week (from %1): %2 admitted, %3 discharged</source>
        <translation>This week (from %1): %2 admitted, %3 discharged</translation>
    </message>
    <message>
        <source>Use bed again</source>
        <translation>Use bed again</translation>
    </message>
    <message>
        <source>Deactivate bed</source>
        <translation>Deactivate bed</translation>
    </message>
    <message>
        <source>Type a name or a case code, then choose the case.</source>
        <translation>Type a name or a case code, then choose the case.</translation>
    </message>
    <message>
        <source>Admit…</source>
        <translation>Admit…</translation>
    </message>
    <message>
        <source>Admit a person to a free bed</source>
        <translation>Admit a person to a free bed</translation>
    </message>
    <message>
        <source>Discharge…</source>
        <translation>Discharge…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Add bed…</source>
        <translation>Add bed…</translation>
    </message>
    <message>
        <source>Staying today</source>
        <translation>Staying today</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>Nobody is staying in the shelter today. Choose “Admit…” to admit a person.</source>
        <translation>Nobody is staying in the shelter today. Choose “Admit…” to admit a person.</translation>
    </message>
    <message>
        <source>Nobody is staying in the shelter today.</source>
        <translation>Nobody is staying in the shelter today.</translation>
    </message>
    <message>
        <source>No beds yet. Add them with “Add bed…”.</source>
        <translation>No beds yet. Add them with “Add bed…”.</translation>
    </message>
    <message>
        <source>No beds yet. An administrator adds them.</source>
        <translation>No beds yet. An administrator adds them.</translation>
    </message>
</context>
<context>
    <name>ShelterTab</name>
    <message>
        <source>Bed</source>
        <translation>Bed</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Discharged</translation>
    </message>
    <message>
        <source>staying</source>
        <translation>staying</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Admit to shelter…</source>
        <translation>Admit to shelter…</translation>
    </message>
    <message>
        <source>Discharge…</source>
        <translation>Discharge…</translation>
    </message>
    <message>
        <source>The person has not stayed in the shelter.</source>
        <translation>The person has not stayed in the shelter.</translation>
    </message>
    <message>
        <source>The person is already in the shelter.</source>
        <translation>The person is already in the shelter.</translation>
    </message>
</context>
<context>
    <name>StartChoiceWindow</name>
    <message>
        <source>AJO Cases — first start</source>
        <translation>AJO Cases — first start</translation>
    </message>
    <message>
        <source>Welcome to AJO Cases</source>
        <translation>Welcome to AJO Cases</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet. Where should this PC keep its records?</source>
        <translation>There is no vault in %1 yet. Where should this PC keep its records?</translation>
    </message>
    <message>
        <source>&amp;Create a vault on this PC</source>
        <translation>&amp;Create a vault on this PC</translation>
    </message>
    <message>
        <source>For one computer, working offline. You become its administrator and add the other accounts afterwards.</source>
        <translation>For one computer, working offline. You become its administrator and add the other accounts afterwards.</translation>
    </message>
    <message>
        <source>C&amp;onnect to the office server</source>
        <translation>C&amp;onnect to the office server</translation>
    </message>
    <message>
        <source>Several staff on one vault. Choose the connection file (.ajoconnect) your administrator gave you, then sign in with your account.</source>
        <translation>Several staff on one vault. Choose the connection file (.ajoconnect) your administrator gave you, then sign in with your account.</translation>
    </message>
    <message>
        <source>Connection file from the administrator</source>
        <translation>Connection file from the administrator</translation>
    </message>
    <message>
        <source>AJO Cases connection files (*%1)</source>
        <translation>AJO Cases connection files (*%1)</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Persons assisted by category, sex and age</source>
        <translation>Persons assisted by category, sex and age</translation>
    </message>
    <message>
        <source>Persons assisted by age group</source>
        <translation>Persons assisted by age group</translation>
    </message>
    <message>
        <source>New and continuing persons</source>
        <translation>New and continuing persons</translation>
    </message>
    <message>
        <source>Persons assisted by home district</source>
        <translation>Persons assisted by home district</translation>
    </message>
    <message>
        <source>Persons by form of exploitation</source>
        <translation>Persons by form of exploitation</translation>
    </message>
    <message>
        <source>Persons by country of exploitation</source>
        <translation>Persons by country of exploitation</translation>
    </message>
    <message>
        <source>Persons who received assistance, by type</source>
        <translation>Persons who received assistance, by type</translation>
    </message>
    <message>
        <source>Assistance given: services and cost</source>
        <translation>Assistance given: services and cost</translation>
    </message>
    <message>
        <source>Referrals by partner type and outcome</source>
        <translation>Referrals by partner type and outcome</translation>
    </message>
    <message>
        <source>Reintegration grants by sector</source>
        <translation>Reintegration grants by sector</translation>
    </message>
    <message>
        <source>Shelter: admissions and bed-nights</source>
        <translation>Shelter: admissions and bed-nights</translation>
    </message>
    <message>
        <source>Informational meetings and trainings</source>
        <translation>Informational meetings and trainings</translation>
    </message>
    <message>
        <source>Referral outcomes</source>
        <translation>Referral outcomes</translation>
    </message>
    <message>
        <source>Grants approved by sector</source>
        <translation>Grants approved by sector</translation>
    </message>
    <message>
        <source>Persons assisted by category and sex</source>
        <translation>Persons assisted by category and sex</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Continuing</translation>
    </message>
    <message>
        <source>Informational meetings</source>
        <translation>Informational meetings</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <source>18 and over</source>
        <translation>18 and over</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Cost, TJS</source>
        <translation>Cost, TJS</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Amount approved, TJS</source>
        <translation>Amount approved, TJS</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Value handed over, TJS</source>
        <translation>Value handed over, TJS</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Monitored</translation>
    </message>
    <message>
        <source>Business running</source>
        <translation>Business running</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Bed-nights</source>
        <translation>Bed-nights</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>age not known</translation>
    </message>
    <message>
        <source>Fewer than %1: hidden so no person can be recognised.</source>
        <translation>Fewer than %1: hidden so no person can be recognised.</translation>
    </message>
    <message>
        <source>Hidden so that a small number cannot be worked out from the totals.</source>
        <translation>Hidden so that a small number cannot be worked out from the totals.</translation>
    </message>
    <message>
        <source>Double-click to list the case codes behind this number.</source>
        <translation>Double-click to list the case codes behind this number.</translation>
    </message>
    <message>
        <source>age ?</source>
        <translation>age ?</translation>
    </message>
    <message>
        <source>Other/n.k.</source>
        <translation>Other/n.k.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Exact numbers, small ones included: for internal use only, never for donors. Turning this on was recorded in the audit log.</source>
        <translation>Exact numbers, small ones included: for internal use only, never for donors. Turning this on was recorded in the audit log.</translation>
    </message>
    <message>
        <source>Small numbers are hidden: “&lt;%1” is fewer than %1, “x” hides a number that would reveal one.</source>
        <translation>Small numbers are hidden: “&lt;%1” is fewer than %1, “x” hides a number that would reveal one.</translation>
    </message>
    <message>
        <source>%1 case(s) of %2 person(s) left out: consent to be counted withdrawn.</source>
        <translation>%1 case(s) of %2 person(s) left out: consent to be counted withdrawn.</translation>
    </message>
    <message>
        <source>One person may be in several rows; the total counts each person once.</source>
        <translation>One person may be in several rows; the total counts each person once.</translation>
    </message>
    <message>
        <source>Double-click a number to see the case codes behind it.</source>
        <translation>Double-click a number to see the case codes behind it.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <source>The file will be saved outside the vault and is not encrypted. It holds no names, but keep it where it is protected and delete it when it is no longer needed.</source>
        <translation>The file will be saved outside the vault and is not encrypted. It holds no names, but keep it where it is protected and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>Saved to %1 (not encrypted).</source>
        <translation>Saved to %1 (not encrypted).</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Exact counts (internal)</source>
        <translation>Exact counts (internal)</translation>
    </message>
    <message>
        <source>Shows small numbers; recorded in the audit log.</source>
        <translation>Shows small numbers; recorded in the audit log.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Donor report PDF…</source>
        <translation>Donor report PDF…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <source>Closing ends the work on this case. It can be reopened later.</source>
        <translation>Closing ends the work on this case. It can be reopened later.</translation>
    </message>
    <message>
        <source>Write why the case is being reopened.</source>
        <translation>Write why the case is being reopened.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StatusWorklist</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>TraffickingTab</name>
    <message>
        <source>Trafficking</source>
        <translation>Trafficking</translation>
    </message>
    <message>
        <source>Read-only for your role.</source>
        <translation>Read-only for your role.</translation>
    </message>
    <message>
        <source>Recruitment and exploitation</source>
        <translation>Recruitment and exploitation</translation>
    </message>
    <message>
        <source>The person&apos;s account</source>
        <translation>The person&apos;s account</translation>
    </message>
    <message>
        <source>Forms of exploitation:</source>
        <translation>Forms of exploitation:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <source>Means of control:</source>
        <translation>Means of control:</translation>
    </message>
    <message>
        <source>Recruited through:</source>
        <translation>Recruited through:</translation>
    </message>
    <message>
        <source>Recruiter was:</source>
        <translation>Recruiter was:</translation>
    </message>
    <message>
        <source>Country of recruitment:</source>
        <translation>Country of recruitment:</translation>
    </message>
    <message>
        <source>Country of exploitation:</source>
        <translation>Country of exploitation:</translation>
    </message>
    <message>
        <source>Transit countries:</source>
        <translation>Transit countries:</translation>
    </message>
    <message>
        <source>Exploitation began:</source>
        <translation>Exploitation began:</translation>
    </message>
    <message>
        <source>Exploitation ended:</source>
        <translation>Exploitation ended:</translation>
    </message>
    <message>
        <source>Age when trafficked:</source>
        <translation>Age when trafficked:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Places:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>known</source>
        <translation>known</translation>
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
        <source>About…</source>
        <translation>About…</translation>
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
<context>
    <name>VaultPlaceLabel</name>
    <message>
        <source>This PC: %1</source>
        <translation>This PC: %1</translation>
    </message>
    <message>
        <source>The office server is not reachable. Reconnecting…</source>
        <translation>The office server is not reachable. Reconnecting…</translation>
    </message>
    <message>
        <source>Office server %1: connected</source>
        <translation>Office server %1: connected</translation>
    </message>
    <message>
        <source>Office server %1: connecting…</source>
        <translation>Office server %1: connecting…</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Monitoring visit</source>
        <translation>Monitoring visit</translation>
    </message>
    <message>
        <source>Record the visit</source>
        <translation>Record the visit</translation>
    </message>
    <message>
        <source>Visited on:</source>
        <translation>Visited on:</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Business:</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>Monthly income:</source>
        <translation>Monthly income:</translation>
    </message>
    <message>
        <source>Sustainability (1–5):</source>
        <translation>Sustainability (1–5):</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>Write the amount as a number.</source>
        <translation>Write the amount as a number.</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <source>Shown: %1</source>
        <translation>Shown: %1</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <source>Only the work of your own cases (%1); clear it to see everyone&apos;s</source>
        <translation>Only the work of your own cases (%1); clear it to see everyone&apos;s</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <source>Shows the rows that contain this text in any column</source>
        <translation>Shows the rows that contain this text in any column</translation>
    </message>
</context>
<context>
    <name>Worklists</name>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
</TS>
