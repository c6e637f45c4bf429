<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>About</name>
    <message>
      <source>About Inspector Desk</source>
      <translation>About Inspector Desk</translation>
    </message>
    <message>
      <source>The district police inspector's desk: preventive register, rounds, receptions, protocols, training, reports. Works without internet; data is encrypted on this computer.</source>
      <translation>The district police inspector's desk: preventive register, rounds, receptions, protocols, training, reports. Works without internet; data is encrypted on this computer.</translation>
    </message>
    <message>
      <source>Database: {0}</source>
      <translation>Database: {0}</translation>
    </message>
    <message>
      <source>Fonts: DejaVu (free licence, see resources/fonts).</source>
      <translation>Fonts: DejaVu (free licence, see resources/fonts).</translation>
    </message>
  </context>
  <context>
    <name>AppealsModel</name>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>Applicant</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>Term</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>Days left</translation>
    </message>
    <message>
      <source>(anonymous)</source>
      <translation>(anonymous)</translation>
    </message>
    <message>
      <source>forwarded late</source>
      <translation>forwarded late</translation>
    </message>
    <message>
      <source>applicant not told, overdue</source>
      <translation>applicant not told, overdue</translation>
    </message>
  </context>
  <context>
    <name>CalendarDialog</name>
    <message>
      <source>Calendar day transfers</source>
      <translation>Calendar day transfers</translation>
    </message>
    <message>
      <source>Days off and working days moved by a government decree that the shipped calendar does not know yet. Adding or cancelling one recounts the terms of running appeals. Only a supervisor may change them.</source>
      <translation>Days off and working days moved by a government decree that the shipped calendar does not know yet. Adding or cancelling one recounts the terms of running appeals. Only a supervisor may change them.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Becomes</translation>
    </message>
    <message>
      <source>Decree</source>
      <translation>Decree</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Add a transfer…</source>
      <translation>Add a transfer…</translation>
    </message>
    <message>
      <source>Cancel the selected transfer…</source>
      <translation>Cancel the selected transfer…</translation>
    </message>
    <message>
      <source>Day off</source>
      <translation>Day off</translation>
    </message>
    <message>
      <source>Working day</source>
      <translation>Working day</translation>
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <source>Cancel appeal %1</source>
      <translation>Cancel appeal %1</translation>
    </message>
    <message>
      <source>Reason *</source>
      <translation>Reason *</translation>
    </message>
  </context>
  <context>
    <name>CancelOverrideDialog</name>
    <message>
      <source>Cancel the transfer of %1</source>
      <translation>Cancel the transfer of %1</translation>
    </message>
    <message>
      <source>Reason *</source>
      <translation>Reason *</translation>
    </message>
  </context>
  <context>
    <name>CategoriesDialog</name>
    <message>
      <source>Register categories</source>
      <translation>Register categories</translation>
    </message>
    <message>
      <source>Changes apply to new register entries; tick the box to move the open entries of the category to the new check interval too. Only a supervisor may save.</source>
      <translation>Changes apply to new register entries; tick the box to move the open entries of the category to the new check interval too. Only a supervisor may save.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Check every (days)</source>
      <translation>Check every (days)</translation>
    </message>
    <message>
      <source>Default period (days)</source>
      <translation>Default period (days)</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Selected category</source>
      <translation>Selected category</translation>
    </message>
    <message>
      <source>Check interval (days) *</source>
      <translation>Check interval (days) *</translation>
    </message>
    <message>
      <source>no fixed end</source>
      <translation>no fixed end</translation>
    </message>
    <message>
      <source>Apply to open entries too</source>
      <translation>Apply to open entries too</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Save changes</translation>
    </message>
    <message>
      <source>Add a category…</source>
      <translation>Add a category…</translation>
    </message>
    <message>
      <source>Legal register</source>
      <translation>Legal register</translation>
    </message>
    <message>
      <source>Attention list</source>
      <translation>Attention list</translation>
    </message>
    <message>
      <source>(not in use)</source>
      <translation>(not in use)</translation>
    </message>
  </context>
  <context>
    <name>CheckDialog</name>
    <message>
      <source>Record a check</source>
      <translation>Record a check</translation>
    </message>
    <message>
      <source>Register entry *</source>
      <translation>Register entry *</translation>
    </message>
    <message>
      <source>Date *</source>
      <translation>Date *</translation>
    </message>
    <message>
      <source>Kind *</source>
      <translation>Kind *</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>CloseEntryDialog</name>
    <message>
      <source>Close the register entry</source>
      <translation>Close the register entry</translation>
    </message>
    <message>
      <source>Reason *</source>
      <translation>Reason *</translation>
    </message>
    <message>
      <source>Date *</source>
      <translation>Date *</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>CreateView</name>
    <message>
      <source>New precinct database</source>
      <translation>New precinct database</translation>
    </message>
    <message>
      <source>Officer's full name</source>
      <translation>Officer's full name</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Precinct</source>
      <translation>Precinct</translation>
    </message>
    <message>
      <source>Login</source>
      <translation>Login</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Repeat the password</source>
      <translation>Repeat the password</translation>
    </message>
    <message>
      <source>district police inspector</source>
      <translation>district police inspector</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Create</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <source>Creating the encrypted database…</source>
      <translation>Creating the encrypted database…</translation>
    </message>
  </context>
  <context>
    <name>DecideDialog</name>
    <message>
      <source>Decision on %1</source>
      <translation>Decision on %1</translation>
    </message>
    <message>
      <source>Decided on</source>
      <translation>Decided on</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>Answer given</source>
      <translation>Answer given</translation>
    </message>
    <message>
      <source>The applicant has been answered</source>
      <translation>The applicant has been answered</translation>
    </message>
    <message>
      <source>Answered on</source>
      <translation>Answered on</translation>
    </message>
    <message>
      <source>Decision in brief</source>
      <translation>Decision in brief</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>Put on the register</source>
      <translation>Put on the register</translation>
    </message>
    <message>
      <source> (attention list)</source>
      <translation> (attention list)</translation>
    </message>
    <message>
      <source>Category *</source>
      <translation>Category *</translation>
    </message>
    <message>
      <source>Basis: document *</source>
      <translation>Basis: document *</translation>
    </message>
    <message>
      <source>Basis: number</source>
      <translation>Basis: number</translation>
    </message>
    <message>
      <source>Basis: date</source>
      <translation>Basis: date</translation>
    </message>
    <message>
      <source>Issued by (court, body)</source>
      <translation>Issued by (court, body)</translation>
    </message>
    <message>
      <source>Start *</source>
      <translation>Start *</translation>
    </message>
    <message>
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Unexpected error: {0}</source>
      <translation>Unexpected error: {0}</translation>
    </message>
    <message>
      <source>Something went wrong ({0}). What you typed is kept; try again, and tell your administrator if it repeats.</source>
      <translation>Something went wrong ({0}). What you typed is kept; try again, and tell your administrator if it repeats.</translation>
    </message>
  </context>
  <context>
    <name>ExtendDialog</name>
    <message>
      <source>Extend the term of %1</source>
      <translation>Extend the term of %1</translation>
    </message>
    <message>
      <source>Decision taken on</source>
      <translation>Decision taken on</translation>
    </message>
    <message>
      <source>New term</source>
      <translation>New term</translation>
    </message>
    <message>
      <source>Reasons *</source>
      <translation>Reasons *</translation>
    </message>
    <message>
      <source>At most until {0}; tell the applicant by {1}.</source>
      <translation>At most until {0}; tell the applicant by {1}.</translation>
    </message>
  </context>
  <context>
    <name>ExtensionNoticeDialog</name>
    <message>
      <source>Applicant told of the extension of %1</source>
      <translation>Applicant told of the extension of %1</translation>
    </message>
    <message>
      <source>Told on</source>
      <translation>Told on</translation>
    </message>
    <message>
      <source>Extended on {0}; the applicant must be told by {1} (3 working days, АППК art. 76).</source>
      <translation>Extended on {0}; the applicant must be told by {1} (3 working days, АППК art. 76).</translation>
    </message>
    <message numerus="yes">
      <source>This is late: overdue by %n working day(s).</source>
      <translation>
        <numerusform>This is late: overdue by %n working day.</numerusform>
        <numerusform>This is late: overdue by %n working days.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Discard?</source>
      <translation>Discard?</translation>
    </message>
    <message>
      <source>What you typed will be lost. Close the form?</source>
      <translation>What you typed will be lost. Close the form?</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Discard what you typed?</source>
      <translation>Discard what you typed?</translation>
    </message>
  </context>
  <context>
    <name>ForwardDialog</name>
    <message>
      <source>Forward appeal %1</source>
      <translation>Forward appeal %1</translation>
    </message>
    <message>
      <source>Competent body *</source>
      <translation>Competent body *</translation>
    </message>
    <message>
      <source>Forwarded on</source>
      <translation>Forwarded on</translation>
    </message>
    <message>
      <source>Outgoing number *</source>
      <translation>Outgoing number *</translation>
    </message>
    <message>
      <source>Only part of the demands (the rest stays with us)</source>
      <translation>Only part of the demands (the rest stays with us)</translation>
    </message>
    <message>
      <source>Reason for the delay</source>
      <translation>Reason for the delay</translation>
    </message>
    <message>
      <source>Forward by {0} (3 working days, АППК art. 65).</source>
      <translation>Forward by {0} (3 working days, АППК art. 65).</translation>
    </message>
    <message>
      <source>This is late: write the reason for the delay.</source>
      <translation>This is late: write the reason for the delay.</translation>
    </message>
  </context>
  <context>
    <name>HandOverDialog</name>
    <message>
      <source>Hand %1 to the duty unit</source>
      <translation>Hand %1 to the duty unit</translation>
    </message>
    <message>
      <source>Duty unit *</source>
      <translation>Duty unit *</translation>
    </message>
    <message>
      <source>Handed over on</source>
      <translation>Handed over on</translation>
    </message>
    <message>
      <source>Registration reference *</source>
      <translation>Registration reference *</translation>
    </message>
  </context>
  <context>
    <name>HoursDialog</name>
    <message>
      <source>Reception hours</source>
      <translation>Reception hours</translation>
    </message>
    <message>
      <source>Days and hours</source>
      <translation>Days and hours</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import persons</source>
      <translation>Import persons</translation>
    </message>
    <message>
      <source>Choose a .xlsx or .csv file.</source>
      <translation>Choose a .xlsx or .csv file.</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Choose file…</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Row</translation>
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
      <source>Import nothing while any row is invalid</source>
      <translation>Import nothing while any row is invalid</translation>
    </message>
    <message>
      <source>Import the valid rows; save the rejected ones beside the file</source>
      <translation>Import the valid rows; save the rejected ones beside the file</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Tables (*.xlsx *.csv)</source>
      <translation>Tables (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Reading the file…</translation>
    </message>
    <message>
      <source>New persons: {0}. Updated: {1}. Register entries to add: {2}. Invalid rows: {3}.</source>
      <translation>New persons: {0}. Updated: {1}. Register entries to add: {2}. Invalid rows: {3}.</translation>
    </message>
    <message>
      <source>The file could not be read: {0}</source>
      <translation>The file could not be read: {0}</translation>
    </message>
    <message>
      <source>Imported: {0} new, {1} updated, {2} register entries.</source>
      <translation>Imported: {0} new, {1} updated, {2} register entries.</translation>
    </message>
    <message>
      <source>Rejected rows were saved to {0}.</source>
      <translation>Rejected rows were saved to {0}.</translation>
    </message>
    <message>
      <source>Nothing was imported: {0} row(s) are invalid.</source>
      <translation>Nothing was imported: {0} row(s) are invalid.</translation>
    </message>
    <message>
      <source>Nothing to change: the register already has everything in this file.</source>
      <translation>Nothing to change: the register already has everything in this file.</translation>
    </message>
  </context>
  <context>
    <name>JournalDialog</name>
    <message>
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>Reception journal</source>
      <translation>Reception journal</translation>
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
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>The end is before the start.</source>
      <translation>The end is before the start.</translation>
    </message>
  </context>
  <context>
    <name>ListEditor</name>
    <message>
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>Add from the register…</source>
      <translation>Add from the register…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Today</source>
      <extracomment>page key → "module:Class" of its page; keys not listed show a placeholder page.</extracomment>
      <translation>Today</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <source>Precinct &amp; rounds</source>
      <translation>Precinct &amp; rounds</translation>
    </message>
    <message>
      <source>Receptions</source>
      <translation>Receptions</translation>
    </message>
    <message>
      <source>Protocols</source>
      <translation>Protocols</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Training</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Sync</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>What must be done today: due checks, appeals near their deadline, protocol drafts and the sync state. Each line opens its record.</source>
      <translation>What must be done today: due checks, appeals near their deadline, protocol drafts and the sync state. Each line opens its record.</translation>
    </message>
    <message>
      <source>Persons on the preventive register, their categories, due checks and check history.</source>
      <translation>Persons on the preventive register, their categories, due checks and check history.</translation>
    </message>
    <message>
      <source>Addresses and households of the precinct and the log of door-to-door rounds.</source>
      <translation>Addresses and households of the precinct and the log of door-to-door rounds.</translation>
    </message>
    <message>
      <source>Citizens' appeals: talon, deadlines under the АППК, forwarding and decisions.</source>
      <translation>Citizens' appeals: talon, deadlines under the АППК, forwarding and decisions.</translation>
    </message>
    <message>
      <source>Search and seizure protocols checked against the law before they are finalized.</source>
      <translation>Search and seizure protocols checked against the law before they are finalized.</translation>
    </message>
    <message>
      <source>Protocol-writing exercises for trainers and trainees.</source>
      <translation>Protocol-writing exercises for trainers and trainees.</translation>
    </message>
    <message>
      <source>The quarterly report pack in Kazakh and Russian.</source>
      <translation>The quarterly report pack in Kazakh and Russian.</translation>
    </message>
    <message>
      <source>Exchange of changes with the department server.</source>
      <translation>Exchange of changes with the department server.</translation>
    </message>
    <message>
      <source>Language, automatic lock, text size, password and officers.</source>
      <translation>Language, automatic lock, text size, password and officers.</translation>
    </message>
    <message>
      <source>Inspector Desk</source>
      <translation>Inspector Desk</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Lock</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>Help for this page</source>
      <translation>Help for this page</translation>
    </message>
    <message>
      <source>&amp;About Inspector Desk</source>
      <translation>&amp;About Inspector Desk</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) waiting to sync</source>
      <translation>
        <numerusform>%n change waiting to sync</numerusform>
        <numerusform>%n changes waiting to sync</numerusform>
      </translation>
    </message>
    <message>
      <source>Last sync: {0}</source>
      <translation>Last sync: {0}</translation>
    </message>
    <message>
      <source>Never synced</source>
      <translation>Never synced</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Not saved</translation>
    </message>
  </context>
  <context>
    <name>NewAppealDialog</name>
    <message>
      <source>New appeal</source>
      <translation>New appeal</translation>
    </message>
    <message>
      <source>Received (date and time)</source>
      <translation>Received (date and time)</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Format of reception</source>
      <translation>Format of reception</translation>
    </message>
    <message>
      <source>Applicant not named (report of an offence only)</source>
      <translation>Applicant not named (report of an offence only)</translation>
    </message>
    <message>
      <source>Applicant's full name *</source>
      <translation>Applicant's full name *</translation>
    </message>
    <message>
      <source>IIN (if given)</source>
      <translation>IIN (if given)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Language of the talon and answer</source>
      <translation>Language of the talon and answer</translation>
    </message>
    <message>
      <source>What the appeal is about *</source>
      <translation>What the appeal is about *</translation>
    </message>
    <message>
      <source>Attachments (separate with ;)</source>
      <translation>Attachments (separate with ;)</translation>
    </message>
  </context>
  <context>
    <name>NewCategoryDialog</name>
    <message>
      <source>New register category</source>
      <translation>New register category</translation>
    </message>
    <message>
      <source>Code (Latin, short) *</source>
      <translation>Code (Latin, short) *</translation>
    </message>
    <message>
      <source>Name in Kazakh *</source>
      <translation>Name in Kazakh *</translation>
    </message>
    <message>
      <source>Name in Russian *</source>
      <translation>Name in Russian *</translation>
    </message>
    <message>
      <source>Name in English *</source>
      <translation>Name in English *</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Check interval (days) *</source>
      <translation>Check interval (days) *</translation>
    </message>
    <message>
      <source>Default period (days)</source>
      <translation>Default period (days)</translation>
    </message>
    <message>
      <source>no fixed end</source>
      <translation>no fixed end</translation>
    </message>
  </context>
  <context>
    <name>NewProtocolDialog</name>
    <message>
      <source>New protocol</source>
      <translation>New protocol</translation>
    </message>
    <message>
      <source>Kazakh</source>
      <translation>Kazakh</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Russian</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Language of proceedings</source>
      <translation>Language of proceedings</translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <source>New day transfer</source>
      <translation>New day transfer</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>The day becomes</source>
      <translation>The day becomes</translation>
    </message>
    <message>
      <source>Decree (number and date) *</source>
      <translation>Decree (number and date) *</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>Edit person</source>
      <extracomment>A card photo needs no more than this (3×4 cm at 300 dpi is 354×472 px).</extracomment>
      <translation>Edit person</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>New person</translation>
    </message>
    <message>
      <source>Last name *</source>
      <translation>Last name *</translation>
    </message>
    <message>
      <source>First name *</source>
      <translation>First name *</translation>
    </message>
    <message>
      <source>Patronymic</source>
      <translation>Patronymic</translation>
    </message>
    <message>
      <source>IIN *</source>
      <translation>IIN *</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Identity document</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Settlement</source>
      <translation>Settlement</translation>
    </message>
    <message>
      <source>Street</source>
      <translation>Street</translation>
    </message>
    <message>
      <source>House</source>
      <translation>House</translation>
    </message>
    <message>
      <source>Apartment</source>
      <translation>Apartment</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Photo…</source>
      <translation>Photo…</translation>
    </message>
    <message>
      <source>Remove photo</source>
      <translation>Remove photo</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Photo</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>No photo</translation>
    </message>
    <message>
      <source>The file cannot be read.</source>
      <translation>The file cannot be read.</translation>
    </message>
    <message>
      <source>The file is too large ({0} MB): a photo may be at most 2 MB.</source>
      <translation>The file is too large ({0} MB): a photo may be at most 2 MB.</translation>
    </message>
    <message>
      <source>The file is not a JPEG or PNG image.</source>
      <translation>The file is not a JPEG or PNG image.</translation>
    </message>
    <message>
      <source>Choose a photo</source>
      <translation>Choose a photo</translation>
    </message>
    <message>
      <source>Images (*.jpg *.jpeg *.png)</source>
      <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <source>male</source>
      <translation>male</translation>
    </message>
    <message>
      <source>female</source>
      <translation>female</translation>
    </message>
    <message>
      <source>Born {0}, {1}</source>
      <translation>Born {0}, {1}</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <source>Choose a person from the register</source>
      <translation>Choose a person from the register</translation>
    </message>
    <message>
      <source>Type part of a name or the first digits of an IIN.</source>
      <translation>Type part of a name or the first digits of an IIN.</translation>
    </message>
    <message>
      <source>Nobody found. The person can be typed in by hand.</source>
      <translation>Nobody found. The person can be typed in by hand.</translation>
    </message>
  </context>
  <context>
    <name>PersonsModel</name>
    <message>
      <source>Name</source>
      <extracomment>The found-count under the table counts at most this many (then says "1,000+"). The "Due checks" tab: due today and overdue, or due within a week.</extracomment>
      <translation>Name</translation>
    </message>
    <message>
      <source>IIN</source>
      <translation>IIN</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Born</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>On the register</source>
      <translation>On the register</translation>
    </message>
    <message>
      <source>Next check</source>
      <translation>Next check</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>%n day overdue</numerusform>
        <numerusform>%n days overdue</numerusform>
      </translation>
    </message>
    <message>
      <source>due today</source>
      <translation>due today</translation>
    </message>
  </context>
  <context>
    <name>PlaceholderPage</name>
    <message>
      <source>This section is being built; its records will appear here.</source>
      <translation>This section is being built; its records will appear here.</translation>
    </message>
  </context>
  <context>
    <name>PrefixDialog</name>
    <message>
      <source>Appeal number prefix</source>
      <translation>Appeal number prefix</translation>
    </message>
    <message>
      <source>Prefix of this device (1–4 Latin capitals or digits, no 0, O, 1, I) *</source>
      <translation>Prefix of this device (1–4 Latin capitals or digits, no 0, O, 1, I) *</translation>
    </message>
    <message>
      <source>New appeals will be numbered like {0}. Numbers already given keep their prefix; give every device of the precinct its own prefix.</source>
      <translation>New appeals will be numbered like {0}. Numbers already given keep their prefix; give every device of the precinct its own prefix.</translation>
    </message>
  </context>
  <context>
    <name>ProtocolEditor</name>
    <message>
      <source>Save draft</source>
      <translation>Save draft</translation>
    </message>
    <message>
      <source>Finalize and seal</source>
      <translation>Finalize and seal</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>Back to the list</source>
      <translation>Back to the list</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Finalized</source>
      <translation>Finalized</translation>
    </message>
    <message>
      <source>Amended</source>
      <translation>Amended</translation>
    </message>
    <message>
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
    <message numerus="yes">
      <source>%n error(s) must be corrected before finalizing.</source>
      <translation>
        <numerusform>%n error(s) must be corrected before finalizing.</numerusform>
        <numerusform>%n error(s) must be corrected before finalizing.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>No errors; %n warning(s).</source>
      <translation>
        <numerusform>No errors; %n warning(s).</numerusform>
        <numerusform>No errors; %n warning(s).</numerusform>
      </translation>
    </message>
    <message>
      <source>No findings: the protocol meets the form's rules.</source>
      <translation>No findings: the protocol meets the form's rules.</translation>
    </message>
    <message>
      <source>Error:</source>
      <translation>Error:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Warning:</translation>
    </message>
    <message>
      <source>“{0}” is not a date: type it as DD.MM.YYYY, for example 14.03.2026.</source>
      <translation>“{0}” is not a date: type it as DD.MM.YYYY, for example 14.03.2026.</translation>
    </message>
    <message>
      <source>“{0}” is not a date and time: type it as DD.MM.YYYY HH:MM, for example 14.03.2026 14:45.</source>
      <translation>“{0}” is not a date and time: type it as DD.MM.YYYY HH:MM, for example 14.03.2026 14:45.</translation>
    </message>
    <message>
      <source>The text of this article is not among the shipped excerpts.</source>
      <translation>The text of this article is not among the shipped excerpts.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Not finalized</source>
      <translation>Not finalized</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>Some of what you typed is not saved yet.</source>
      <translation>Some of what you typed is not saved yet.</translation>
    </message>
    <message>
      <source>Save and close</source>
      <translation>Save and close</translation>
    </message>
    <message>
      <source>Stay</source>
      <translation>Stay</translation>
    </message>
    <message>
      <source>yes</source>
      <extracomment>How people write them (DD.MM.YYYY, HH:MM); the document stores ISO (YYYY-MM-DD). item kinds → the sub-group shown only for them Opens the register picker; returns the person's fields or None (set by the editor).</extracomment>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>From the register…</source>
      <translation>From the register…</translation>
    </message>
  </context>
  <context>
    <name>Protocols</name>
    <message>
      <source>draft</source>
      <translation>draft</translation>
    </message>
    <message>
      <source>finalized</source>
      <translation>finalized</translation>
    </message>
    <message>
      <source>amended</source>
      <translation>amended</translation>
    </message>
    <message>
      <source>voided</source>
      <translation>voided</translation>
    </message>
    <message>
      <source>Protocol draft not finalized: {0} {1} ({2})</source>
      <translation>Protocol draft not finalized: {0} {1} ({2})</translation>
    </message>
  </context>
  <context>
    <name>ProtocolsPage</name>
    <message>
      <source>Protocols</source>
      <translation>Protocols</translation>
    </message>
    <message>
      <source>Search by person, place, form or date (Ctrl+F)</source>
      <translation>Search by person, place, form or date (Ctrl+F)</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>New…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>Print translated copy</source>
      <translation>Print translated copy</translation>
    </message>
    <message>
      <source>Amend…</source>
      <translation>Amend…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>All forms</source>
      <translation>All forms</translation>
    </message>
    <message>
      <source>Cannot open</source>
      <translation>Cannot open</translation>
    </message>
    <message>
      <source>Not printed</source>
      <translation>Not printed</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <source>Amend the protocol</source>
      <translation>Amend the protocol</translation>
    </message>
    <message>
      <source>Void the protocol</source>
      <translation>Void the protocol</translation>
    </message>
    <message>
      <source>Import a protocol</source>
      <translation>Import a protocol</translation>
    </message>
    <message>
      <source>Protocols (*.json)</source>
      <translation>Protocols (*.json)</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>Not imported</translation>
    </message>
    <message>
      <source>Export the protocol</source>
      <translation>Export the protocol</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>Not exported</translation>
    </message>
  </context>
  <context>
    <name>Receptions</name>
    <message>
      <source>Appeal {0} ({1}): {2}, term {3}</source>
      <translation>Appeal {0} ({1}): {2}, term {3}</translation>
    </message>
    <message>
      <source>Appeal {0} ({1}): tell the applicant of the extension, {2}, by {3}</source>
      <translation>Appeal {0} ({1}): tell the applicant of the extension, {2}, by {3}</translation>
    </message>
    <message numerus="yes">
      <source>overdue by %n working day(s)</source>
      <translation>
        <numerusform>overdue by %n working day</numerusform>
        <numerusform>overdue by %n working days</numerusform>
      </translation>
    </message>
    <message>
      <source>due today</source>
      <translation>due today</translation>
    </message>
    <message numerus="yes">
      <source>%n working day(s) left</source>
      <translation>
        <numerusform>%n working day left</numerusform>
        <numerusform>%n working days left</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReceptionsPage</name>
    <message>
      <source>Receptions</source>
      <translation>Receptions</translation>
    </message>
    <message>
      <source>Ctrl+N takes a new appeal; Enter saves, Esc cancels. Ctrl+P prints the talon in the applicant's language. Appeals are decided within 15 working days (АППК art. 76) and forwarded within 3 (art. 65).</source>
      <translation>Ctrl+N takes a new appeal; Enter saves, Esc cancels. Ctrl+P prints the talon in the applicant's language. Appeals are decided within 15 working days (АППК art. 76) and forwarded within 3 (art. 65).</translation>
    </message>
    <message>
      <source>Search: number, applicant, address, text (Ctrl+F)</source>
      <translation>Search: number, applicant, address, text (Ctrl+F)</translation>
    </message>
    <message>
      <source>All appeals</source>
      <translation>All appeals</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Running</translation>
    </message>
    <message>
      <source>Due this week</source>
      <translation>Due this week</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Forwarded</source>
      <translation>Forwarded</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Finished</translation>
    </message>
    <message>
      <source>Any kind</source>
      <translation>Any kind</translation>
    </message>
    <message>
      <source>Any format</source>
      <translation>Any format</translation>
    </message>
    <message>
      <source>New appeal (Ctrl+N)</source>
      <translation>New appeal (Ctrl+N)</translation>
    </message>
    <message>
      <source>Talon (Ctrl+P)</source>
      <translation>Talon (Ctrl+P)</translation>
    </message>
    <message>
      <source>Take into work</source>
      <translation>Take into work</translation>
    </message>
    <message>
      <source>Forward…</source>
      <translation>Forward…</translation>
    </message>
    <message>
      <source>Extend…</source>
      <translation>Extend…</translation>
    </message>
    <message>
      <source>Applicant told of the extension…</source>
      <translation>Applicant told of the extension…</translation>
    </message>
    <message>
      <source>Decide…</source>
      <translation>Decide…</translation>
    </message>
    <message>
      <source>To duty unit…</source>
      <translation>To duty unit…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Cancel…</source>
      <translation>Cancel…</translation>
    </message>
    <message>
      <source>Journal…</source>
      <translation>Journal…</translation>
    </message>
    <message>
      <source>Reception hours…</source>
      <translation>Reception hours…</translation>
    </message>
    <message>
      <source>Select an appeal to see it here.</source>
      <translation>Select an appeal to see it here.</translation>
    </message>
    <message>
      <source>Renumbered (was {0}): tell the applicant.</source>
      <translation>Renumbered (was {0}): tell the applicant.</translation>
    </message>
    <message>
      <source>Received: {0} · {1}</source>
      <translation>Received: {0} · {1}</translation>
    </message>
    <message>
      <source>(anonymous)</source>
      <translation>(anonymous)</translation>
    </message>
    <message>
      <source>Term: {0}</source>
      <translation>Term: {0}</translation>
    </message>
    <message>
      <source>late</source>
      <translation>late</translation>
    </message>
    <message>
      <source>Forwarded to {0} on {1}, No. {2}</source>
      <translation>Forwarded to {0} on {1}, No. {2}</translation>
    </message>
    <message>
      <source>Extended on {0}; tell the applicant by {1}</source>
      <translation>Extended on {0}; tell the applicant by {1}</translation>
    </message>
    <message numerus="yes">
      <source>the applicant has not been told: overdue by %n working day(s)</source>
      <translation>
        <numerusform>the applicant has not been told: overdue by %n working day</numerusform>
        <numerusform>the applicant has not been told: overdue by %n working days</numerusform>
      </translation>
    </message>
    <message>
      <source>Extended on {0}; the applicant was told on {1}.</source>
      <translation>Extended on {0}; the applicant was told on {1}.</translation>
    </message>
    <message>
      <source>Extended on {0}; the applicant has been told.</source>
      <translation>Extended on {0}; the applicant has been told.</translation>
    </message>
    <message>
      <source>Decided on {0}: {1}</source>
      <translation>Decided on {0}: {1}</translation>
    </message>
    <message>
      <source>Handed to {0} on {1}, ref. {2}</source>
      <translation>Handed to {0} on {1}, ref. {2}</translation>
    </message>
    <message>
      <source>Cancelled: {0}</source>
      <translation>Cancelled: {0}</translation>
    </message>
    <message>
      <source>Preparing the journal…</source>
      <translation>Preparing the journal…</translation>
    </message>
    <message>
      <source>Not printed</source>
      <translation>Not printed</translation>
    </message>
    <message>
      <source>Opened for printing: {0}</source>
      <translation>Opened for printing: {0}</translation>
    </message>
  </context>
  <context>
    <name>ReferenceBox</name>
    <message>
      <source>Reference data (supervisor)</source>
      <translation>Reference data (supervisor)</translation>
    </message>
    <message>
      <source>Register categories…</source>
      <translation>Register categories…</translation>
    </message>
    <message>
      <source>Calendar day transfers…</source>
      <translation>Calendar day transfers…</translation>
    </message>
    <message>
      <source>Appeal number prefix…</source>
      <translation>Appeal number prefix…</translation>
    </message>
    <message>
      <source>This device is enrolled for a precinct: register categories and day transfers are changed on a supervisor's device and reach this one by sync.</source>
      <translation>This device is enrolled for a precinct: register categories and day transfers are changed on a supervisor's device and reach this one by sync.</translation>
    </message>
    <message>
      <source>Only a supervisor may change the register categories and the working-day calendar; sign in as a supervisor to change them.</source>
      <translation>Only a supervisor may change the register categories and the working-day calendar; sign in as a supervisor to change them.</translation>
    </message>
    <message>
      <source>Appeal numbers of this device: {0}</source>
      <translation>Appeal numbers of this device: {0}</translation>
    </message>
  </context>
  <context>
    <name>RegisterDialogs</name>
    <message>
      <source>Home visit</source>
      <translation>Home visit</translation>
    </message>
    <message>
      <source>Preventive talk</source>
      <translation>Preventive talk</translation>
    </message>
    <message>
      <source>Summons to the precinct point</source>
      <translation>Summons to the precinct point</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Period expired</source>
      <translation>Period expired</translation>
    </message>
    <message>
      <source>Cancelled by court</source>
      <translation>Cancelled by court</translation>
    </message>
    <message>
      <source>Moved away</source>
      <translation>Moved away</translation>
    </message>
    <message>
      <source>Died</source>
      <translation>Died</translation>
    </message>
  </context>
  <context>
    <name>RegisterPage</name>
    <message>
      <source>Preventive register</source>
      <translation>Preventive register</translation>
    </message>
    <message>
      <source>Ctrl+F search by any part of the name (Kazakh or Russian spelling) or by the first digits of the IIN; Ctrl+N new person; Ctrl+P print the card. Select a person to see the register entries and checks.</source>
      <translation>Ctrl+F search by any part of the name (Kazakh or Russian spelling) or by the first digits of the IIN; Ctrl+N new person; Ctrl+P print the card. Select a person to see the register entries and checks.</translation>
    </message>
    <message>
      <source>Search: name or IIN (Ctrl+F)</source>
      <translation>Search: name or IIN (Ctrl+F)</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>Overdue only</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>New person</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>Put on the register</source>
      <translation>Put on the register</translation>
    </message>
    <message>
      <source>Record a check</source>
      <translation>Record a check</translation>
    </message>
    <message>
      <source>Close / reopen entry</source>
      <translation>Close / reopen entry</translation>
    </message>
    <message>
      <source>Print card</source>
      <translation>Print card</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation>Persons</translation>
    </message>
    <message numerus="yes">
      <source>Due checks (%n)</source>
      <translation>
        <numerusform>Due checks (%n)</numerusform>
        <numerusform>Due checks (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>IIN</source>
      <translation>IIN</translation>
    </message>
    <message>
      <source>Due today and overdue</source>
      <translation>Due today and overdue</translation>
    </message>
    <message>
      <source>Due within 7 days</source>
      <translation>Due within 7 days</translation>
    </message>
    <message>
      <source>Register entry / check</source>
      <translation>Register entry / check</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>Status / kind</source>
      <translation>Status / kind</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>All categories</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <source>On the register</source>
      <translation>On the register</translation>
    </message>
    <message>
      <source>Removed from the register</source>
      <translation>Removed from the register</translation>
    </message>
    <message>
      <source>Never on the register</source>
      <translation>Never on the register</translation>
    </message>
    <message>
      <source>All addresses</source>
      <translation>All addresses</translation>
    </message>
    <message>
      <source>All officers</source>
      <translation>All officers</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Counting…</translation>
    </message>
    <message>
      <source>1,000+ persons</source>
      <translation>1,000+ persons</translation>
    </message>
    <message numerus="yes">
      <source>%n person(s)</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n persons</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>%n day overdue</numerusform>
        <numerusform>%n days overdue</numerusform>
      </translation>
    </message>
    <message>
      <source>due today</source>
      <translation>due today</translation>
    </message>
    <message numerus="yes">
      <source>due in %n day(s)</source>
      <translation>
        <numerusform>due in %n day</numerusform>
        <numerusform>due in %n days</numerusform>
      </translation>
    </message>
    <message>
      <source>Select a person to see the register entries and checks.</source>
      <translation>Select a person to see the register entries and checks.</translation>
    </message>
    <message>
      <source>male</source>
      <translation>male</translation>
    </message>
    <message>
      <source>female</source>
      <translation>female</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Born</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source> (attention list)</source>
      <translation> (attention list)</translation>
    </message>
    <message>
      <source>active</source>
      <translation>active</translation>
    </message>
    <message>
      <source>next check: {0}</source>
      <translation>next check: {0}</translation>
    </message>
    <message>
      <source>closed {0}: {1}</source>
      <translation>closed {0}: {1}</translation>
    </message>
    <message>
      <source>check</source>
      <translation>check</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>Reopen this register entry?</source>
      <translation>Reopen this register entry?</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Save the card</source>
      <translation>Save the card</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Reading the file…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Export persons</source>
      <translation>Export persons</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Register check</source>
      <translation>Register check</translation>
    </message>
    <message numerus="yes">
      <source>…and %n more register check(s) due</source>
      <translation>
        <numerusform>…and %n more register check due</numerusform>
        <numerusform>…and %n more register checks due</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>This officer's preferences</source>
      <translation>This officer's preferences</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Lock after idle time (minutes)</source>
      <translation>Lock after idle time (minutes)</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>Text size</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Change password</source>
      <translation>Change password</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>Current password</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>New password</translation>
    </message>
    <message>
      <source>Repeat the new password</source>
      <translation>Repeat the new password</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <source>Verify the audit log</source>
      <translation>Verify the audit log</translation>
    </message>
    <message>
      <source>Password changed.</source>
      <translation>Password changed.</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>Verifying the audit log…</source>
      <translation>Verifying the audit log…</translation>
    </message>
  </context>
  <context>
    <name>StartWindow</name>
    <message>
      <source>Inspector Desk</source>
      <translation>Inspector Desk</translation>
    </message>
    <message>
      <source>Creating the demo precinct…</source>
      <translation>Creating the demo precinct…</translation>
    </message>
    <message>
      <source>Open a database file</source>
      <translation>Open a database file</translation>
    </message>
    <message>
      <source>Inspector Desk databases (*.idb);;All files (*)</source>
      <translation>Inspector Desk databases (*.idb);;All files (*)</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <source>Sync</source>
      <translation>Sync</translation>
    </message>
    <message>
      <source>Changes waiting</source>
      <translation>Changes waiting</translation>
    </message>
    <message>
      <source>Last successful sync</source>
      <translation>Last successful sync</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Persons registered on two devices, merged</source>
      <translation>Persons registered on two devices, merged</translation>
    </message>
    <message>
      <source>Records of one person (the same IIN) registered on two devices are merged after sync: the record registered first stays, with the register entries and checks of both.</source>
      <translation>Records of one person (the same IIN) registered on two devices are merged after sync: the record registered first stays, with the register entries and checks of both.</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Sync now</translation>
    </message>
    <message>
      <source>Save changes to a file (USB)…</source>
      <translation>Save changes to a file (USB)…</translation>
    </message>
    <message>
      <source>No connection: save this device's changes to an encrypted file and take it to the department. Before the first sync, enter the token from the department above.</source>
      <translation>No connection: save this device's changes to an encrypted file and take it to the department. Before the first sync, enter the token from the department above.</translation>
    </message>
    <message>
      <source>Open the department's answer…</source>
      <translation>Open the department's answer…</translation>
    </message>
    <message>
      <source>Connect this device to the department server</source>
      <translation>Connect this device to the department server</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Server address</translation>
    </message>
    <message>
      <source>Enrolment token (from the department)</source>
      <translation>Enrolment token (from the department)</translation>
    </message>
    <message>
      <source>Connect and sync</source>
      <translation>Connect and sync</translation>
    </message>
    <message>
      <source>Changed on two devices — choose which value to keep:</source>
      <translation>Changed on two devices — choose which value to keep:</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>This device</source>
      <translation>This device</translation>
    </message>
    <message>
      <source>Changed on the server by</source>
      <translation>Changed on the server by</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Keep this device's value</source>
      <translation>Keep this device's value</translation>
    </message>
    <message>
      <source>Keep the server's value</source>
      <translation>Keep the server's value</translation>
    </message>
    <message>
      <source>Changes that could not be synced (the rest went on):</source>
      <translation>Changes that could not be synced (the rest went on):</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Direction</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Set aside</source>
      <translation>Set aside</translation>
    </message>
    <message>
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <source>The department revoked this device. Contact the department.</source>
      <translation>The department revoked this device. Contact the department.</translation>
    </message>
    <message>
      <source>No connection to the server. Changes are kept and will be sent when the connection returns.</source>
      <translation>No connection to the server. Changes are kept and will be sent when the connection returns.</translation>
    </message>
    <message>
      <source>The server did not accept this device. Ask the department for a new enrolment token.</source>
      <translation>The server did not accept this device. Ask the department for a new enrolment token.</translation>
    </message>
    <message>
      <source>Sync is not set up correctly: check the server address. Secrets are sent only over HTTPS.</source>
      <translation>Sync is not set up correctly: check the server address. Secrets are sent only over HTTPS.</translation>
    </message>
    <message>
      <source>The server needs a newer version of this program. Update the program; your changes are kept.</source>
      <translation>The server needs a newer version of this program. Update the program; your changes are kept.</translation>
    </message>
    <message>
      <source>The server reported a fault. Try again later; if it repeats, tell the department's administrator.</source>
      <translation>The server reported a fault. Try again later; if it repeats, tell the department's administrator.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>sent</translation>
    </message>
    <message>
      <source>received</source>
      <translation>received</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>Syncing…</translation>
    </message>
    <message>
      <source>Enter the server address and the token.</source>
      <translation>Enter the server address and the token.</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Connecting…</translation>
    </message>
    <message>
      <source>Save changes for the department</source>
      <translation>Save changes for the department</translation>
    </message>
    <message>
      <source>Transfer files (*.idsync)</source>
      <translation>Transfer files (*.idsync)</translation>
    </message>
    <message>
      <source>{0} change(s) saved to {1}. Take the file to the department and bring back its answer.</source>
      <translation>{0} change(s) saved to {1}. Take the file to the department and bring back its answer.</translation>
    </message>
    <message>
      <source>Open the department's answer</source>
      <translation>Open the department's answer</translation>
    </message>
    <message>
      <source>Answer applied: {0} change(s) confirmed, {1} received.</source>
      <translation>Answer applied: {0} change(s) confirmed, {1} received.</translation>
    </message>
    <message>
      <source>Not configured: this device works offline. Every change is kept in the outbox until it can be sent.</source>
      <translation>Not configured: this device works offline. Every change is kept in the outbox until it can be sent.</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source>Today</source>
      <extracomment>Each provider returns (text, page key) lines for the Today list, given the window; a line may carry a third element, the id of its record: activating the line then calls the page's ``open_record(record_id)`` when the page has one.</extracomment>
      <translation>Today</translation>
    </message>
    <message>
      <source>Nothing is due today.</source>
      <translation>Nothing is due today.</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) waiting to sync.</source>
      <translation>
        <numerusform>%n change waiting to sync.</numerusform>
        <numerusform>%n changes waiting to sync.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <source>Unlock the precinct database</source>
      <translation>Unlock the precinct database</translation>
    </message>
    <message>
      <source>Login</source>
      <translation>Login</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <source>Open another file…</source>
      <translation>Open another file…</translation>
    </message>
    <message>
      <source>Database: {0}</source>
      <translation>Database: {0}</translation>
    </message>
    <message>
      <source>Unlocking…</source>
      <translation>Unlocking…</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <source>Welcome to Inspector Desk</source>
      <translation>Welcome to Inspector Desk</translation>
    </message>
    <message>
      <source>This computer has no precinct database yet. Create one for your precinct, or open the demo precinct to look around. All data stays on this computer, encrypted.</source>
      <translation>This computer has no precinct database yet. Create one for your precinct, or open the demo precinct to look around. All data stays on this computer, encrypted.</translation>
    </message>
    <message>
      <source>Create a new precinct database</source>
      <translation>Create a new precinct database</translation>
    </message>
    <message>
      <source>Open the demo precinct (login demo, password demo)</source>
      <translation>Open the demo precinct (login demo, password demo)</translation>
    </message>
    <message>
      <source>Open a database file…</source>
      <translation>Open a database file…</translation>
    </message>
  </context>
  <context>
    <name>Workers</name>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
</TS>