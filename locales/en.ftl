## Register: plain, polite English. Names used often are terms.

-foro = multi-stakeholder forum
-poc = point of contact (POC)
-pocl = local point of contact (POCL)
-gn = Core Group
-gad = local government
-plan = action plan
-presidencia = Forum Presidency
-monitor = independent monitoring entity

## General

error-internal = Sorry, something went wrong on our side while handling your message, and no change was saved. Please try again in a moment; if it happens again, tell your point of contact.
message-unsupported = For now I only understand text, documents and photos. Write /help to see what you can do.
no-conversation = I have no open question for you. Write /help to see what you can do.
conversation-expired = The previous conversation went unanswered for a long time, so I closed it. Let's start again.
conversation-flow-changed = The command /{ $command } changed since your last answer, so the conversation cannot continue where it stopped. Let's start again.
command-unknown = I don't know the command { $command }. Write /help to see the available commands.
command-not-allowed = The command /{ $command } is not available for your role. Write /help to see what you can do.
cancelled = Done, I cancelled what we were doing. Nothing from that conversation was saved.
nothing-to-cancel = There was nothing to cancel.
choice-stale = That option is no longer valid. Write /help to see what you can do now.
choice-invalid = I don't recognise that answer. Please pick one of the options (you can type its number):

## Start and help

start-guest =
    Hello! I am the assistant of the Open State model for Ecuador's local governments.
    If you received an invite code, please send it to me as it is.
    If you are the authority of a { -gad } (or speak on its behalf) and want to implement the model, write /interest.
start-known = Welcome back, { $name }! This is what you can do:
help-header = These are the commands you can use:
help-header-guest = You have no role in the process yet. To join, send me the invite code you received. You can use:
help-in-conversation = You are answering /{ $command }. Answer the last question, or write /cancel to leave it.
help-footer = At any time: /help shows this list, /cancel stops what we are doing, and /language changes the language.

## Invitations

invite-malformed = That does not look like an invite code. Codes have 16 letters and digits; please copy it exactly as you received it.
invite-unknown = I could not find that invite code. Check that it is complete, or ask whoever sent it for a new one.
invite-used = That invite code has already been used. Each code works once; ask whoever sent it for a new one.
invite-expired = That invite code has expired. Ask whoever sent it for a new one.
invite-rate-limited = There were too many attempts with codes that do not work. For safety, please wait an hour before trying again.
console-first-invite = New database: this is the invite code for the first national { -poc }. Send it to the bot (for example: @poc: { $code }). It will not be shown again.

## Documents

upload-receipt-unfiled = I received “{ $name }” ({ $size }, fingerprint { $hash }). I kept it unfiled; to register it as the product of an activity, use /upload.
upload-refused-too-large = I cannot accept “{ $name }”: it is larger than the maximum of { $max }. If you can, please send a lighter version (a compressed PDF, for instance).
upload-refused-type = I cannot accept “{ $name }”: its content is not an accepted document (PDF, Word, Excel, OpenDocument or a JPG/PNG photo). Nothing was saved.
upload-refused-download = I could not download “{ $name }”: please send it again.
upload-needs-invite = To keep documents you need a role in the process. Please send me your invite code first.

## Language

cmd-language = change the language (español / English)
language-ask = Which language would you like me to use?
language-changed = Done, I will write to you in English.
language-unknown = That language is not available. I can write in Spanish or English.

## Channels

telegram-private-only = I only work in private chats. Please write to me directly to continue.
whatsapp-type-or-choose = Type your answer, or reply with the number of an option.
whatsapp-choose-number = Reply with the number of your choice.
whatsapp-list-button = See options

## WhatsApp Cloud API templates (approved by Meta; submit again after changing them)
## { $summary } is the message the bot wanted to send, on one line.

whatsapp-template-details = See details
whatsapp-template-session-invitation = The Open State assistant has an invitation of the multi-stakeholder forum for you: { $summary } Please confirm your attendance with a button.
whatsapp-template-session-invitation-example = Invitation to a session of the multi-stakeholder forum of GAD Municipal de Cuenca on Tuesday, December 1, 2026 at 10:00, in the council chamber.
whatsapp-template-session-reminder = Reminder from the Open State multi-stakeholder forum: { $summary } Please confirm your attendance with a button.
whatsapp-template-session-reminder-example = Session of the multi-stakeholder forum of GAD Municipal de Cuenca tomorrow, Tuesday, December 1, 2026, at 10:00. You have not told us yet whether you will attend.
whatsapp-template-pending-step = You have a pending step in the Open State process: { $summary } Press "See details" to continue.
whatsapp-template-pending-step-example = Activity 6 of GAD Municipal de Cuenca has been open for 14 days. Upload the assessment and confirm it.
whatsapp-template-plan-milestone = A notice about the Open State action plan: { $summary } Press "See details" to continue.
whatsapp-template-plan-milestone-example = The milestone "Open data portal" of the commitment "Participatory budget" is due on December 15, 2026.
whatsapp-template-notification = You have a notice from the Open State assistant: { $summary } Press "See details" to read it in full.
whatsapp-template-notification-example = GAD Municipal de Cuenca expressed its interest in the Open State process.

## Delivery and storage

store-unavailable = I could not save your message; please try again in a few minutes.
sender-limited = I received many messages from you in a short time. I will not answer for now; please write again in a few minutes.
file-download-link = The file “{ $name }” is { $megabytes } MB, more than this channel can send. Download it here: { $link }
    SHA-256 fingerprint: { $sha256 }
file-in-parts =
    The file “{ $name }” is { $megabytes } MB, more than this channel can send: I am sending it in { $count } parts.
    Save every part in one folder and open the first one ({ $first }) with 7-Zip, or join them: on Windows with “copy /b” and the parts in order; on Linux or macOS with “cat” and the parts in order.
    SHA-256 of the whole file: { $sha256 }
file-part = “{ $name }”: part { $index } of { $count }

## Invites from the chat

cmd-invite = invite a person to their role in the process
invite-ask-role = Whom would you like to invite?
invite-ask-gremio = Which association?
whatsapp-logged-out = WhatsApp logged the bot out: I no longer receive or send WhatsApp messages. To link it again, restart the bot and scan the QR code (or use the pairing code) with the dedicated number's phone.

## Common choices

choice-confirm = Confirm
choice-cancel = Cancel
choice-done = Finish
choice-detail = See details
list-more = … and { $count } more

## Choosing a local government

gad-ask = Which { -gad }?
gad-none = I found no { -gad } where you can do this now. Write /next to see what is yours to do.
gad-search-ask = Type part of the { -gad }'s name (at least 2 letters).
gad-search-none = I found no { -gad } by that name where you can do this. Try another part of the name.
gad-level-ask = Which level of government is it?
gad-name-ask = What is the { -gad }'s name? (for example: GAD Municipal de Cuenca)
gad-name-hint = The name must have between 2 and 120 characters. Please write it again.
gad-province-ask = Which province is it in?
gad-canton-ask = Which canton?
gad-canton-hint = The canton's name must have between 2 and 80 characters. Please write it again.

## Interest (route a)

cmd-interest = register a { -gad }'s interest in the model
interest-authority-ask = What is the name of the { -gad }'s authority (the mayor, the prefect or the president of the parish board)?
interest-authority-hint = Please write the authority's full name (between 2 and 120 characters).
interest-position-ask = What is the authority's position?
interest-position-hint = Please write the position (between 2 and 80 characters), for example: Mayor.
interest-contact-ask = Please write a contact e-mail address or phone number.
interest-contact-hint = That does not look like an e-mail or a phone number. Write, for example, name@gad.gob.ec or 0991234567.
interest-motivation-ask = In a few words, why do you want to implement the Open State model?
interest-motivation-hint = Please write a short text (between 5 and 500 characters).
interest-summary =
    Please check the details before sending them:
    • Local government: { $name } ({ $level })
    • Province: { $province } · Canton: { $canton }
    • Authority: { $authority }, { $position }
    • Contact: { $contact }
    • Motivation: { $motivation }
interest-summary-plain = { $name } ({ $level }), { $province } / { $canton }. Authority: { $authority }, { $position }. Contact: { $contact }. Motivation: { $motivation }
interest-registered = Thank you! I registered { $gad }'s interest and told the { -poc }, the { -gn } and { $gremio }. I will let you know here when it has been reviewed.
interest-duplicate = We already have a record of { $gad } (status: { $status }), so I did not make a new one. I told the { -poc }.
interest-notify =
    New interest in the Open State model: { $gad } (association: { $gremio }).
    { $summary }
    The { -poc } will review it.
interest-accepted = Good news! The { -poc } accepted { $gad } into the process. Here is the invite code for the authority.
interest-declined =
    The { -poc } did not accept { $gad } for now. Reason:
    “{ $reason }”
interest-answer-ask =
    The { -poc } asked about { $gad }:
    “{ $question }”
    Please write your answer.
interest-answer-hint = Please write your answer in one message (at least 2 characters).
interest-answer-sent = Thank you. I sent your answer about { $gad } to the { -poc }.
interest-answer-closed = That question has already been dealt with. Write /interest to register another { -gad }.
interest-info-answered-poc =
    The answer about { $gad } has arrived:
    “{ $answer }”
    Please review it with /review.

## POC review and prioritization (route b)

cmd-review = review the interest expressed by local governments
cmd-prioritize = register a prioritized { -gad }
review-none = There is no expressed interest waiting for review.
review-ask-gad = Which expression of interest would you like to review?
review-ask-decision =
    { $gad } — { $province } / { $canton } (association: { $gremio })
    Authority: { $authority }, { $position } · Contact: { $contact }
    Motivation: { $motivation }
    What do you decide?
review-ask-decision-answered =
    { $gad } — { $province } / { $canton } (association: { $gremio })
    Authority: { $authority }, { $position } · Contact: { $contact }
    Motivation: { $motivation }
    Answer to your question: { $answer }
    What do you decide?
review-accept = Accept
review-info = Ask for more information
review-decline = Decline
review-ask-reason = Please write the reason or the question; I will send it to whoever expressed the interest.
review-reason-hint = Please write a text of at least 3 characters.
review-accepted = You accepted { $gad }. Whoever expressed the interest received the code for the authority; here it is too:
review-info-sent = I sent your question about { $gad }.
review-declined = I recorded that { $gad } was not accepted for now, and told whoever expressed the interest.
review-already-decided = Someone else already decided on that expression of interest. Write /review to see the pending ones.
gad-accepted-notify = The { -poc } accepted { $gad } into the Open State process.
prioritize-summary =
    You are about to register this { -gad } as prioritized:
    • { $name } ({ $level }), { $province } / { $canton }
prioritize-done = I registered { $gad } as a prioritized { -gad } (association: { $gremio }). Please send this code to its authority:
gad-prioritized-notify = The { -poc } prioritized { $gad } to implement the Open State model.

## Designations and uploads

cmd-designate = designate the { -pocl } and the delegates (or invite the { -monitor })
designate-ask-role = Whom would you like to designate?
cmd-upload = upload a document (the product of an activity)
upload-ask-product = Which document are you uploading?
upload-send-file = Please send me the file of “{ $product }” (activity { $activity }) now, as a document or a photo.
upload-expected-file = I am waiting for a file. Please send it as a document or a photo, or write /cancel.
upload-not-allowed = You cannot upload that document in this { -gad }.
upload-stored = I saved “{ $name }” as “{ $product }”, version { $version } ({ $size }, fingerprint { $hash }).
document-uploaded-notify = { $who } uploaded “{ $product }” of { $gad }.
cmd-documents = see and download a { -gad }'s documents
documents-ask = Which document would you like? (activity · document · date · uploaded by)
documents-none = I could not find that document.
documents-sent = Here is “{ $name }” (fingerprint { $hash })

## Progress: next steps, status, confirmation

cmd-next = what is yours to do now
cmd-status = the status of a { -gad }'s 15 activities
cmd-confirm = confirm that an activity is done
next-gad-header = 📍 { $gad }
next-gad-compact = 📍 { $gad }: { $count ->
        [0] nothing pending for you
        [1] 1 open activity
       *[other] { $count } open activities
    }
next-missing =
    { $activity } — missing:
    { $missing }
next-ready = { $activity } — ready: you can confirm it.
next-ready-other = { $activity } — ready to be confirmed by: { $responsible }.
next-nothing = Nothing is pending for you now. The process is waiting for: { $waiting }.
next-nothing-complete = Nothing is pending for you: the process has completed its 15 activities.
next-none = You have no activities yet in a { -gad } that takes part in the process.
next-none-national = There are no open activities for you now.{ $reviewer ->
        [yes] { " " }Please review new requests with /review.
       *[no] {""}
    }
next-choose = What would you like to do?
next-upload = Upload “{ $product }” ({ $gad })
next-confirm = Confirm activity { $activity } ({ $gad })
status-summary =
    { $gad } — { $status }
    ✅ Done: { $done } of { $total }
    🟡 Open: { $openCount }{ $open }
    ⏳ Not possible yet: { $blocked }
status-bye = Done. Write /status whenever you want to check again.
status-header =
    { $gad } — { $status }
    { $lines }
status-done = done on { $date } by { $who }
status-by-bot = the bot
status-open = open
status-blocked = not possible yet
confirm-ask-activity = Which activity would you like to confirm?
confirm-unknown-activity = That activity does not exist.
confirm-not-responsible = You cannot confirm activity { $activity }: it belongs to { $responsible }.
confirm-gad-not-accepted = The { -poc } has not accepted { $gad } yet.
confirm-already-done = Activity { $activity } was already done.
confirm-missing =
    Activity { $activity } cannot be confirmed yet. Missing:
    { $missing }
confirm-done = Done! I recorded activity { $activity } as complete.
confirm-done-opened =
    Done! I recorded activity { $activity } as complete. Now open:
    { $opened }
activity-done-notify = { $gad }: { $who } confirmed activity { $activity }.
activity-opened-notify = { $gad }: activity { $activity }, which is yours, can now move forward. Write /next to see what is missing.
missing-prerequisite = { $activity } must be done first (it belongs to { $responsible })
missing-product = upload “{ $product }”
missing-designation = designate the { $role } (/designate)
missing-foro-sector = an entity of { $sector } with principal and alternate
missing-foro-principal = the principal of an entity of { $sector }
missing-foro-suplente = the alternate of an entity of { $sector }
missing-foro-office = designate the forum's { $office }

## Foro Multiactor

cmd-foro = the { -foro }: composition, actors, invitations and offices
foro-summary =
    { -foro } of { $gad }
    • Entities in the actor map: { $entities } ({ $seated } with principal and alternate)
    • Offices designated: { $offices } of { $officesTotal }
    Per Anexo 1, still missing:{ $gaps }
foro-composition =
    Multi-stakeholder forum of { $gad }
    Entities:
    { $entities }
    Offices:
    { $offices }
    Per Anexo 1, still missing:
    { $gaps }
foro-no-entities = (no entities in the actor map yet)
foro-complete = nothing; the minimum composition is complete.
foro-entity-line = • { $entity } ({ $sector }): principal { $principal }, alternate { $suplente }
foro-office-line = • { $office }: { $holder }
foro-menu = What would you like to record?
foro-action-entity = Add an entity to the actor map
foro-action-seat = Invite an entity's principal or alternate
foro-action-office = Record an office of the forum
foro-entity-name-ask = What is the entity's name?
foro-entity-sector-ask = Which sector does it belong to?
foro-entity-interest-ask = What is the entity's interest or experience in Open State?
foro-entity-added = I added { $entity } to the actor map.
foro-seat-entity-ask = For which entity?
foro-seat-ask = Principal or alternate?
foro-office-ask = Which office did the forum designate?
foro-office-member-ask = Who holds it?
foro-office-notify = Your designation as { $office } of the { -foro } of { $gad } has been recorded.
foro-bye = Done. Write /forum whenever you want to come back.
pocl-joined-notify = { $name } joined as { -pocl } of { $gad }.

## National view

cmd-panorama = national view: local governments by stage and the most delayed
panorama =
    National overview
    { $levels }
    Most delayed:
    { $stalled }
panorama-stalled-line = • { $gad }: { $activity } (open since { $since })
panorama-failed-messages = ⚠️ { $count ->
        [1] 1 message could not be delivered (the technical team lists it with “npm run cli -- outbox --failed”)
       *[other] { $count } messages could not be delivered (the technical team lists them with “npm run cli -- outbox --failed”)
    }
panorama-none-stalled = (no open activity)

## Sessions and reminders

cmd-sessions = schedule, move or cancel sessions of the { -foro }
cmd-attendance = say whether you will attend a forum session
cmd-minutes = upload a session's minutes and record attendance
cmd-reminders = mute or unmute non-essential reminders
sessions-ask-action = What would you like to do with the forum's sessions?
sessions-action = { $action ->
    [new] Schedule a session
    [list] See the coming ones
    [move] Move a session
   *[cancel] Cancel a session
}
sessions-ask-session = Which session?
sessions-ask-scope = This session is part of a series. What should I cancel?
sessions-scope = { $scope ->
    [one] Only this session
   *[series] This one and all that follow
}
sessions-ask-kind = Is it a single session, or does it repeat?
sessions-kind = { $kind ->
    [once] Once
    [weekly] Every week
    [biweekly] Every two weeks
    [monthly_weekday] Every month, same weekday (e.g. first Tuesday)
   *[monthly_day] Every month, same day of the month
}
sessions-ask-date = Which day? Write it as day/month/year, for example 01/12/2026.
sessions-ask-first-date = Which day is the first session? Write it as day/month/year, for example 01/12/2026. The series follows its pattern (if it is the first Tuesday of the month, it will be every first Tuesday).
sessions-date-hint = I did not understand the date. Write it as day/month/year, for example 01/12/2026.
sessions-date-past = That date has passed. Please write a date from today on (day/month/year).
sessions-ask-time = What time does it start? For example 10:00 or 15:30 (local time).
sessions-time-hint = I did not understand the time. Write it as 10:00 or 15:30.
sessions-time-past = That time has passed. Please write a later time.
sessions-ask-where = Where will it be? Write the place, the video call link, or both.
sessions-where-hint = Write the place or the link (2 to 300 characters).
sessions-ask-agenda = What is the agenda? Write the items to discuss.
sessions-agenda-hint = Write the agenda (2 to 1500 characters).
sessions-confirm-new =
    Please check the forum session of { $gad }:
    📅 { $when } ({ $kind ->
        [once] once
        [weekly] every week
        [biweekly] every two weeks
        [monthly_weekday] every month, same weekday
       *[monthly_day] every month, same day of the month
    })
    📍 { $where }
    📝 { $agenda }
    Shall I schedule it?
sessions-confirm-move = Move the forum session of { $gad } to { $when }? Members will get a new invitation.
sessions-confirm-cancel = { $scope ->
    [series] Cancel the session of { $when } and all that follow in the series? Members will be told.
   *[one] Cancel the session of { $when }? Members will be told.
}
sessions-scheduled = Done: forum session of { $gad } scheduled for { $when }. { $members ->
        [0] There are no members to invite yet.
        [1] I will invite 1 member within a minute, with a file for their calendar.
       *[other] I will invite { $members } members within a minute, with a file for their calendar.
    }
sessions-series-scheduled = Done: forum sessions of { $gad } { $recurrence }. The first is on { $when }. { $members ->
        [0] There are no members to invite yet.
        [1] I will invite 1 member within a minute; each following session is called when the previous one starts.
       *[other] I will invite { $members } members within a minute; each following session is called when the previous one starts.
    }
sessions-recurrence = { $kind ->
    [weekly] every week, on { $weekday ->
        [0] Sundays
        [1] Mondays
        [2] Tuesdays
        [3] Wednesdays
        [4] Thursdays
        [5] Fridays
       *[6] Saturdays
    }
    [biweekly] every two weeks, on { $weekday ->
        [0] Sundays
        [1] Mondays
        [2] Tuesdays
        [3] Wednesdays
        [4] Thursdays
        [5] Fridays
       *[6] Saturdays
    }
    [monthly_weekday] every month, on the { $nth ->
        [1] first
        [2] second
        [3] third
        [4] fourth
       *[-1] last
    } { $weekday ->
        [0] Sunday
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
       *[6] Saturday
    }
   *[monthly_day] every month, on day { $day } (or the month's last day when it is shorter)
}, at { $time }
sessions-none = There are no forum sessions scheduled for { $gad }. Use /sessions to schedule one.
sessions-line = { $when } — { $where }
sessions-list =
    Coming forum sessions of { $gad }:
    { $sessions }
    Active series:
    { $series }
sessions-moved = Done: the forum session of { $gad } is now on { $when }. Members will get the new invitation within a minute.
sessions-cancelled = Done: I cancelled the session of { $when } and told { $members ->
        [1] 1 member
       *[other] { $members } members
    }.
sessions-series-cancelled = Done: I cancelled the series from { $when } on and told { $members ->
        [1] 1 member
       *[other] { $members } members
    }.
sessions-gone = That session can no longer be changed (it has started or was cancelled). Write /sessions to see the coming ones.
session-invite =
    Invitation to a session of the { -foro } of { $gad }
    📅 { $when }
    📍 { $where }
    📝 Agenda: { $agenda }
    The calendar event is attached. Will you attend? Answer with an option, or later with /attendance.
session-moved-invite =
    The session of the { -foro } of { $gad } has a new date.
    📅 New date: { $when }
    📍 { $where }
    📝 Agenda: { $agenda }
    The updated calendar event is attached. Will you attend? Answer with an option, or later with /attendance.
session-cancelled-notify = The session of the { -foro } of { $gad } on { $when } was cancelled. The attached file removes it from your calendar.
session-reminder =
    Reminder: session of the { -foro } of { $gad }
    📅 { $when }
    📍 { $where }
    📝 Agenda: { $agenda }
session-reminder-ask =
    Reminder: session of the { -foro } of { $gad }
    📅 { $when }
    📍 { $where }
    📝 Agenda: { $agenda }
    We do not know yet whether you will attend. Will you?
session-suplente-ask =
    { $principal } cannot attend the forum session of { $gad } on { $when }. As their entity's alternate, can you attend in their place?
    📍 { $where }
    📝 Agenda: { $agenda }
session-absence-notify = { $principal } will not attend the forum session of { $gad } on { $when }. I asked the alternate ({ $suplentes }) to attend in their place.
session-absence-no-suplente = { $principal } will not attend the forum session of { $gad } on { $when }, and their entity has no alternate registered with the bot.
session-expected-attendance =
    Expected attendance at the forum session of { $gad } on { $when }:
    ✅ Attending: { $yes }
    ❌ Not attending: { $no }
    ❔ No answer: { $pending }
attendance-ask-session = For which session?
attendance-ask = Will you attend the session?
attendance-yes = I will attend
attendance-no = I will not attend
attendance-recorded-yes = Thank you, I noted that you will attend the session of { $when }.
attendance-recorded-no = Thank you for letting us know: I noted that you will not attend the session of { $when }.
attendance-closed = That session no longer takes answers (it has started or was cancelled).
attendance-none = You have no invitations to coming forum sessions.
minutes-ask-session = Which session are the minutes for?
minutes-ask-file = Please send me the minutes of the session (PDF, Word or photo).
minutes-file-hint = I need the minutes as an attached file (PDF, Word or photo).
})
}
minutes-gone = That session already has its minutes recorded.
minutes-shared = The minutes of the forum session of { $gad } on { $when } are available. Here they are.
minutes-none = There are no recent sessions waiting for their minutes.
minutes-request = The forum session of { $gad } on { $when } has ended. Please upload the minutes and mark who attended with /minutes.
minutes-request-again = The forum session of { $gad } on { $when } ended { $days } days ago and its minutes are still missing. Please upload them and mark attendance with /minutes.
reminders-state-on = You get every reminder. You can mute the non-essential ones (stalled steps, minutes, weekly digest); forum session reminders always reach the forum's members.
reminders-state-muted = Your non-essential reminders are muted. Forum session reminders still arrive.
reminders-choice-off = Mute
reminders-choice-on = Unmute
reminders-choice-keep = Leave as it is
reminders-unchanged = I changed nothing.
reminders-muted = Done, non-essential reminders are muted. Forum session reminders still arrive.
reminders-unmuted = Done, you will get every reminder again.
cadence-warning = The { -foro } of { $gad } has not met for { $days } days and has no session scheduled. OGP asks forums to meet at least every six months: please schedule one with /sessions.
cadence-never-met = The { -foro } of { $gad } was formed { $days } days ago and has not met yet. OGP asks forums to meet at least every six months: please schedule a session with /sessions.
stall-reminder = { $level ->
    [1] Reminder
    [2] Second reminder
   *[other] Stalled step
}: the activity “{ $activity }” of { $gad } has been open for { $days } days. Write /next to see what is missing.
digest =
    Weekly digest of { $gad }
    Open activities:
    { $activities }
    Forum sessions this week:
    { $sessions }
    Sessions waiting for their minutes:
    { $minutes }

## Action plan
cmd-plan = the local { -plan }: record, approve, follow its commitments, close and evaluate it; /plan CODE opens a published plan
plan-public-how = To see a published { -plan }, write /plan followed by the code of its link (for example /plan Ab3dEf6hIj9kLm2n).
plan-token-unknown = I found no published { -plan } with that code. Please check the link you received.
plan-public = Action plan of { $gad }: here is the document. To get its open data (JSON and CSV), write /plan { $token } data
plan-report-public = The { -plan } of { $gad } is closed: here is its accountability report, with the plan and its results. To get its open data (JSON and CSV), write /plan { $token } data
plan-open-data = The plan's open data.
plan-none = { $gad } has no { -plan } recorded yet.
plan-menu = What would you like to do with the plan?
plan-bye = Done. Write /plan whenever you want to come back to the plan.
plan-not-allowed = That is not yours to do now, or the plan has changed. Write /plan to see where it stands.
plan-action-record = Record the { -plan }
plan-action-approve = Approve and publish the plan
plan-action-progress = Report a milestone's progress
plan-action-close = Close the plan and account for it
plan-action-package = Get the evaluation package
plan-action-evaluate = Evaluate a commitment
plan-summary =
    Action plan of { $gad } ({ $start } – { $end })
    Status: { $status }
    { $commitments }
plan-period-start-ask = From which date does the plan run? Write it as DD/MM/YYYY (for example 01/03/2026).
plan-period-end-ask = Until which date does the plan run? (DD/MM/YYYY)
plan-date-hint = I did not understand the date. Write it as DD/MM/YYYY (for example 01/03/2026) or YYYY-MM-DD.
plan-text-hint = That answer is too short or too long. Please write it again.
plan-title-ask = New commitment. What is its title?
plan-problem-ask = Which public problem does this commitment address?
plan-objective-ask = What is its objective?
plan-results-ask = What results are expected?
plan-pillars-ask = Which pillar of the model does it serve? Pick one, or write the numbers of several separated by commas (for example 1, 3).
plan-pillars-hint = I did not understand. Pick a pillar or write the numbers from the list separated by commas (for example 1, 3).
plan-entity-ask = Which entity is responsible for the commitment?
plan-responsible-ask = Who is the responsible person? Pick someone who already uses the bot, or invite someone new.
plan-responsible-invite = Invite someone new
plan-responsible-name-ask = What is the responsible person's name? When the plan is saved I will give you their invite code.
plan-counterparts-ask = Which entities are counterparts? Separate them with commas, or write - if there are none.
plan-commitment-added =
    I noted the commitment “{ $commitment }”
    Now please add its milestones: every commitment needs at least one.
plan-deliverable-ask = New milestone. What is its verifiable deliverable?
plan-milestone-start-ask = When does the milestone start? It must fall within the plan's period ({ $start } – { $end }). Write the date as DD/MM/YYYY.
plan-milestone-due-ask = What is its due date? (DD/MM/YYYY)
plan-milestone-added = I noted the milestone “{ $deliverable }”, due on { $due }.
plan-more-ask = What next?
plan-more-milestone = Add a milestone to “{ $commitment }”
plan-more-commitment = Add another commitment
plan-more-review = Review and save the plan
plan-refused = I cannot save the plan yet:
    { $reasons }
plan-refused-period = The plan's end date must come after its start. Please write the end date again (DD/MM/YYYY).
plan-refused-no-commitments = The plan needs at least one commitment.
plan-refused-no-milestones = The commitment “{ $commitment }” has no milestones: every commitment needs at least one milestone with its deliverable and due date. Please add one.
plan-refused-no-due-date = The milestone “{ $deliverable }” needs a due date. Write the date as DD/MM/YYYY.
plan-refused-due-before-start = The due date of the milestone “{ $deliverable }” cannot come before its start. Please write another due date (DD/MM/YYYY).
plan-refused-outside-period = The due date of the milestone “{ $deliverable }” falls outside the plan's period ({ $start } – { $end }). Please write a date within the period.
plan-refused-start-outside = The milestone's start falls outside the plan's period ({ $start } – { $end }). Please write a date within the period.
plan-draft-summary =
    Please review the plan ({ $start } – { $end }):
    { $commitments }
plan-invite-responsible = For { $name }, responsible for “{ $commitment }”, please forward this code:
plan-published = I recorded your approval and published the { -plan } of { $gad }. Anyone can get it by writing to the bot: { $link }
plan-published-notify = The { -plan } of { $gad } was approved and published. Here is the document. Public link: { $link }
plan-activity-13-notify = The { -presidencia } approved the { -plan } of { $gad }: the co-creation that activity 13 supports has its result. You can confirm activity 13 with /confirm.
plan-responsible-notify =
    You are responsible for the commitment “{ $commitment }” of the { -plan } of { $gad }. Its milestones:
    { $milestones }
    I will remind you of each date; please report progress with /plan.
plan-progress-milestone-ask = Which milestone are you reporting on?
plan-progress-completion-ask = What is its level of completion?
plan-progress-text-ask = Please describe the progress in a few words.
plan-progress-delay-ask = This milestone is past its due date. What is the reason for the delay?
plan-evidence-ask = Please send the evidence files (documents or photos), one or several. When you are finished, choose “Done”.
plan-evidence-done = Done
plan-evidence-received = I received “{ $name }” ({ $size }, fingerprint { $hash }); { $count ->
        [1] 1 file
       *[other] { $count } files
    } so far. Send another or choose “Done” to finish.
plan-progress-saved = I saved the progress of “{ $deliverable }”: { $level }, with { $count ->
        [0] no evidence file
        [1] 1 evidence file
       *[other] { $count } evidence files
    }.
plan-progress-notify = { $who } reported progress on “{ $deliverable }” ({ $gad }): { $level }. { $text }
plan-close-blocked = The plan cannot be closed yet:
    { $missing }
plan-report-notify = The { -plan } of { $gad } was closed. Here is its accountability report.
plan-package-notify = Evaluation package of the { -plan } of { $gad }: accountability report, open data and every document, with their SHA-256 fingerprints in manifest.json. Please record your evaluation with /plan.
plan-package-sent = I am preparing the whole package for the { -monitor }; it will receive it in a few minutes.
plan-package-preparing = I am preparing the evaluation package of the { -plan } of { $gad }; I will send it to you in a few minutes.
plan-package-failed = I could not prepare the evaluation package of the { -plan } of { $gad }. The technical team has the details; please try again later with /plan.
plan-no-monitor = The { -gad } has no { -monitor } yet: the { -poc } can designate one with /designate, and it will get the package with /plan.
plan-evaluate-commitment-ask = Which commitment are you evaluating?
plan-evaluate-verifiable-ask = Is it verifiable?
plan-evaluate-relevant-ask = Is it relevant to open government values?
plan-evaluate-impact-ask = What is its potential impact?
plan-evaluate-result-ask = Did it open government?
plan-evaluate-notes-ask = Please add your observations (or write -).
plan-yes = Yes
plan-no = No
plan-evaluated = I saved your evaluation of “{ $commitment }”: { $result }.
plan-evaluated-notify = The { -monitor } evaluated “{ $commitment }” ({ $gad }): did it open government? { $result }; potential impact: { $impact }. See it with /plan.
milestone-due-reminder = Reminder: the milestone “{ $deliverable }” of the commitment “{ $commitment }” ({ $gad }) is due on { $due } ({ $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }). Please report progress with /plan.
milestone-overdue-reminder = The milestone “{ $deliverable }” of the commitment “{ $commitment }” ({ $gad }) was due on { $due } ({ $days ->
        [1] 1 day ago
       *[other] { $days } days ago
    }) and is not complete. Please report progress and the reason for the delay with /plan.
plan-digest =
    Monthly digest of the { -plan } of { $gad }
    { $commitments }

## Action plan PDF

pdf-plan = Local Government Action Plan
pdf-report = Action plan accountability report
pdf-period = Period
pdf-status = Status
pdf-problem = Public problem
pdf-objective = Objective
pdf-results = Expected results
pdf-pillars = Pillars
pdf-responsible = Responsible
pdf-counterparts = Counterparts
pdf-milestones = Milestones
pdf-evidence = Evidence
pdf-evaluation = Independent evaluation
pdf-verifiable = verifiable
pdf-relevant = relevant
pdf-impact = potential impact
pdf-result = did it open government?
pdf-sessions = Sessions of the { -foro }
pdf-attended = attended
pdf-minutes = minutes
pdf-yes = yes
pdf-no = no
pdf-session-status = { $status ->
    [held] minutes recorded
   *[other] no minutes recorded
}
pdf-data = Open data: JSON and CSV with the same content

## Stalled steps, for national roles

stall-digest =
    Stalled steps in local governments ({ $count }):
    { $lines }
    Write /overview to see them all.
stall-digest-line = • “{ $activity }” of { $gad }: open for { $days } days (level { $level })

## Reading answers, the way back, several open questions

command-did-you-mean = I do not know the command { $command }. Did you mean /{ $suggestion }?
choice-ambiguous = That answer fits several options. Please choose one (you can type its number):
choice-back = Back
choice-edit = Edit an answer
form-edit-ask = Which answer would you like to change?
form-field = { $field ->
    [level] Level of government
    [name] Name
    [province] Province
    [canton] Canton
    [authority] Authority
    [position] Position
    [contact] Contact
    [motivation] Motivation
    [kind] Frequency
    [date] Date
    [time] Time
    [where] Place
    [agenda] Agenda
    [period] Period of the plan
    [periodStart] Start of the period
    [periodEnd] End of the period
    [title] Title
    [problem] Public problem
    [objective] Objective
    [expectedResults] Expected results
    [pillars] Pillars
    [responsibleEntity] Responsible entity
    [responsible] Responsible person
    [responsibleName] Name of the responsible person
    [counterparts] Counterparts
    [deliverable] Deliverable
    [startDate] Start date
    [dueDate] Due date
    [duration] Length
    [topic] Topic
    [description] Description
    [reason] Reasons
   *[other] { $field }
}
answer-noted = Noted: { $value }.
conversation-resumed = Let us go on with /{ $command } where you left it:
draft-saved = I kept your answers to /{ $command } as a draft for { $days } days. Write /{ $command } whenever you want to continue.
draft-resumed = Here is the draft of /{ $command } you left on { $date }. To start over instead, write /cancel.
which-question = You have more than one open question. Which one does “{ $answer }” answer?
which-choice = “{ $choice }” in: { $question }
which-text = As the answer to: { $question }
which-retry = Choose an option in: { $question }
plan-edit-ask = Which part of the plan would you like to change?
plan-edit-commitment = Commitment { $number }: { $title }
plan-edit-milestone = Milestone { $number }: { $deliverable }
review-open = Review
interest-notify-review =
    New interest in the Open State model: { $gad } (association: { $gremio }).
    { $summary }
    Review it here:
interest-info-request =
    The { -poc } needs more information about { $gad }. Their question:
    “{ $question }”
    Please reply here with a message or a file.
interest-answer-file = file “{ $name }” ({ $size }, fingerprint { $hash })
interest-answer-file-poc = Here is the file sent as the answer about { $gad }.
milestone-notice = { $milestone ->
    [pocl_joined] Progress in { $gad }: { $who } joined as the local point of contact (POCL).
    [foro_constituted] Progress in { $gad }: the multi-stakeholder forum is constituted (activity 9).
    [plan_approved] Progress in { $gad }: the multi-stakeholder forum approved the local action plan, which is now published.
    [plan_closed] Progress in { $gad }: the local action plan was closed with its accountability report.
   *[evaluation_received] Progress in { $gad }: the independent monitoring entity delivered its evaluation of the action plan.
}
plan-open = See the plan
plan-progress-open = Report progress
sessions-schedule-open = Schedule a session

## Web portal and national desk

cmd-web = open the national desk in the browser (one-time link)
web-login-link =
    Open this link in your browser within { $minutes } minutes to enter the national desk:
    { $link }
    It works once and only for you; please do not forward it. If it expires, send /web again.
web-login-disabled = The web portal is not enabled on this server (WEB_PORT=0). Please ask whoever runs the bot.

web-site-name = Open State in local governments
web-skip = Skip to content
web-lang-switch = Español
web-nav-label = Sections
web-nav-home = Home
web-nav-data = Open data
web-nav-desk = National desk
web-footer = Public record of the Open State governance model (Guía breve, Anexo 4). Only what each local government approved or published is shown; never personal contact data.
web-home-title = Local governments on the way to Open State
web-home-intro = { $total } local governments follow the Guía's 15 activities. Look yours up to see its progress, its multi-stakeholder forum, its sessions and its action plan.
web-search-title = Find a local government
web-search-label = Name, canton or province
web-search-province = Province
web-search-level = Level
web-search-any = All
web-search-submit = Search
web-search-results = Results: { $total }
web-search-none = No local government in the process matches your search.
web-search-page = Page { $page } of { $pages }
web-pages-label = Pages
web-prev = Previous
web-next = Next
web-provinces = By province
web-home-by-level = By level and stage
web-col-level = Level
web-col-total = Total
web-stage-early = Activities 1-8
web-stage-foro = Forum constituted (9-12)
web-stage-plan = Action plan (13-15)
web-stage-value = stage { $stage } of 15
web-home-chart-title = Progress through the 15 activities
web-home-chart-label = Bar chart: how many local governments have done each of the 15 activities.
web-home-chart-series = Local governments that did it
web-chart-data = Show the chart's data
web-col-activity = Activity
web-col-count = Local governments
web-home-recent = Recent progress
web-home-recent-none = No activity has been done yet.
web-col-name = Name
web-col-province = Province
web-col-stage = Stage
web-gad-summary = { $level } government · { $province } · { $done } of 15 activities done
web-gad-activities = The 15 activities
web-col-responsible = Responsible
web-col-status = Status
web-col-date = Date
web-standing-done = Done
web-standing-open = In progress
web-standing-blocked = Not possible yet
web-since = since { $date }
web-gad-foro = Multi-stakeholder forum
web-gad-foro-none = The forum has no members recorded yet.
web-col-entity = Entity
web-col-sector = Sector
web-col-seat = Seat
web-col-office = Office
web-gad-sessions = Forum sessions
web-gad-calendar = Subscribe to the sessions calendar (.ics)
web-gad-next = Next sessions
web-gad-past = Past sessions
web-gad-sessions-none = No sessions recorded.
web-col-place = Place
web-session-agenda = Agenda
web-session-scheduled = scheduled
web-session-held = held, with minutes
web-session-cancelled = cancelled
web-acta-download = Download the minutes of the session of { $date }
web-gad-plans = Local action plan
web-gad-plans-none = No action plan has been published yet.
web-plan-period = Plan { $start } – { $end }
web-plan-published = published on { $date }
web-plan-files = Download the plan:
web-plan-report = Accountability report:
web-commitment-problem = Problem
web-commitment-objective = Objective
web-commitment-results = Expected results
web-commitment-pillars = Pillars of the model
web-commitment-responsible = Responsible entity
web-commitment-counterparts = Counterparts
web-milestones = Milestones and progress
web-col-deliverable = Milestone (deliverable)
web-col-start = Start
web-col-due = End
web-col-completion = Progress
web-col-evidence = Evidence
web-evidence-file = evidence { $n }
web-evaluation = Independent evaluation
web-evaluation-line = verifiable: { $verifiable }; relevant: { $relevant }; potential impact: { $impact }; result: { $result }
web-yes = yes
web-no = no
web-data-title = Open data
web-data-intro = The same data as these pages, in open formats: CSV tables described by a Frictionless Data Package (load datapackage.json into CKAN or another portal), gads.json and the JSON Schemas of the published files. Updated every minute.
web-data-license = License: Creative Commons Attribution 4.0 (CC BY 4.0).
web-desk-title = National desk
web-login-intro = You are about to enter the national desk. The link works once and only for the person who asked for it.
web-login-submit = Enter the desk
web-login-invalid = This link is no longer valid: it was used, expired or does not exist. Send /web to the bot to get a new one.
web-login-needed = To see the national desk, send /web to the bot from your POC, Core Group or gremio account and open the link you receive.
web-desk-signed-in = Signed in as { $name }
web-desk-scope = your level: { $gremios }
web-logout = Sign out
web-desk-charts = Summary
web-desk-chart-stages = Accepted local governments by level and stage
web-desk-chart-stalled = Stalled activities, by activity number
web-desk-gads = Local governments
web-desk-gads-count = { $total } listed; { $stalled } with a stalled activity
web-desk-stalled = stalled
web-desk-only-stalled = Show stalled only
web-desk-show-all = Show all
web-desk-export = Download CSV
web-col-open = Open activities
web-col-since = Open since
web-desk-outbox = Sending
web-desk-channels = Channels
web-desk-outbox-empty = Nothing pending.
web-col-channel = Channel
web-col-pending = Pending
web-col-retrying = Retrying
web-col-unreachable = Unreachable
web-col-oldest = Oldest
web-desk-failed = Recent failed sends
web-desk-failed-none = No failed sends.
web-col-when = Date and time
web-col-recipient = Recipient
web-col-attempts = Attempts
web-col-error = Last error
web-desk-back = Back to the desk
web-desk-public-page = See the public page
web-col-done-by = Confirmed by
web-desk-people = People with roles
web-col-role = Role
web-col-detail = Detail
web-desk-plan = Action plan
web-desk-plan-none = No plan recorded.
web-desk-documents = Documents
web-col-file = File
web-col-product = Product
web-col-uploader = Uploaded by
web-scroll-table = Table (scroll to see every column)
web-not-found-title = Page not found
web-not-found = The page you are looking for does not exist or is not public.
web-error-title = We could not serve your request
web-error = Something went wrong. Please try again in a few minutes.
web-rate-limited = You have made many requests in a row. Please wait a minute and try again.
## The record: guards, confirmations, corrections (formal register)

missing-session-acta = the minutes of a real Forum session (“{ $product }”): upload them with /minutes
missing-actor-map = an entity of { $sector } on the actor map (/forum)
missing-approach = invite an entity of { $sector } to the Forum (/forum, “Invite an entity's principal or alternate”)
missing-plan = { $need ->
    [recorded] an Action Plan recorded by the Forum (/actionplan)
    [published] the Action Plan approved and published (/actionplan)
    [closed] close the Action Plan and account for it (/actionplan)
    [report] the accountability report built when the plan closed
   *[evaluated] the independent monitor's evaluation ({ $pending } commitments not yet evaluated)
}
choice-yes = { $action ->
    [confirm] Yes, confirm
    [close] Yes, close
    [approve] Yes, approve and publish
    [reopen] Yes, reopen
    [replace] Yes, replace
    [revoke] Yes, revoke
    [discard] Yes, discard
   *[record] Yes, record
}
choice-no = No
confirm-ask =
    You are about to record activity { $activity } of { $gad } as done. The official record will show your name and today's date.
    Who will be told: { $told }
    What opens next: { $opened }
    Do you confirm?
confirm-not-recorded = Understood, I recorded nothing.
gad-interest-confirmed-notify = The Authority of { $gad }, prioritized by the Point of contact, confirmed its interest in implementing the Open State model.
duty-refused = That is not possible: { $rule }.
duty-rule = { $rule ->
    [one_seat] a person holds only one seat (principal or alternate) in their local government's Multi-stakeholder Forum (Anexo 1, point 3)
    [one_office] a person holds only one office of the Forum: Presidency, Co-Presidency or Technical Secretariat (Anexo 1, point 4)
    [officer_is_authority] the local government's Authority cannot hold the Presidency, Co-Presidency or Technical Secretariat of its own Forum
    [officer_is_pocl] the local point of contact (POCL) cannot hold the Presidency, Co-Presidency or Technical Secretariat of their own Forum
    [self_designation] the Authority designates the POCL and the Delegates, and cannot itself be the POCL or a Delegate of its local government (Guía, activity 2)
    [seat_taken] that seat already has a holder; to change them, use “Replace” in /forum
   *[recorder_approves] whoever recorded the Action Plan cannot approve it: the Forum's Presidency approves it, or the Co-Presidency if the Presidency recorded it
}
plan-approve-ask =
    You are about to approve the Action Plan of { $gad } ({ $commitments } commitments, { $milestones } milestones) and publish it: anyone with its link will be able to get it, and it will be sent to: { $told }
    This cannot be undone. Do you approve and publish the plan?
plan-close-ask =
    You are about to close the Action Plan of { $gad }. This cannot be undone.
    { $count ->
        [0] Every milestone is reported complete.
       *[other] ⚠️ { $count } milestones are not reported complete:
    }
    { $unfinished }
    The accountability report (PDF, JSON and CSV) will be built and sent to: { $told }
    Independent monitor who will receive the evaluation package: { $monitor }
    Do you close the plan?
plan-nothing-changed = Understood, the plan stays as it was.
plan-closed-record = I closed the Action Plan of { $gad }. Attached are the accountability report and its open data; I sent it to the Forum and the POC. Activity 15 can be confirmed once the independent monitor has evaluated every commitment.
plan-approval-request = { $who } recorded the Action Plan of { $gad }. As the Forum's { $office }, it is yours to review and approve with /actionplan.
plan-saved-for-approval = I saved the Action Plan of { $gad } as a draft and asked the Forum's { $office } to approve it.
plan-saved-no-approver = I saved the Action Plan of { $gad } as a draft. It must be approved by the Forum's { $office }, who is not registered yet: register them with /forum.
plan-evaluation-complete-notify = The independent monitor evaluated every commitment of the Action Plan of { $gad }. Activity 15 can now be confirmed with /next.
cmd-reopen = reopen a done activity, with its reason (correction of the record)
reopen-ask-activity = Which done activity do you want to reopen?
reopen-ask-reason = Why is it reopened? The reason stays on the record and is sent to everyone who was told of its completion.
reopen-reason-hint = Write the reason in one message (10 to 1000 characters).
reopen-ask =
    You are about to reopen activity { $activity } of { $gad }.
    Reason: “{ $reason }”
    The activity will be open again, and the done activities that depend on it will be flagged:
    { $flagged }
    Everyone who was told of its completion will be told: { $told }
    The record keeps both the completion and the reopening; nothing is deleted. Do you reopen the activity?
reopen-not-done = That activity is no longer done; I changed nothing.
reopen-done = I reopened activity { $activity } of { $gad } and told { $told } people. Flagged activities: { $flagged }
activity-reopened-notify =
    { $gad }: { $who } reopened activity { $activity }, which had been recorded as done.
    Reason: “{ $reason }”
    Done activities that depend on it and are now flagged: { $flagged }
status-event = { $kind ->
    [reopened] reopened on { $date } by { $who }: “{ $reason }”
   *[done] done on { $date } by { $who }
}
status-history = history: { $events }
status-flagged = ⚠️ depends on activity { $activity }, which was reopened
invite-label = { $roleId ->
        [foro] member of the { -foro }
       *[other] { $role }
    }{ $gad ->
        [none] {""}
       *[other] {" "}of { $gad }
    }{ $gremio ->
        [none] {""}
       *[other] {" "}({ $gremio })
    }{ $seat ->
        [none] {""}
       *[other] {" "}— { $seat } for { $entity }
    }{ $office ->
        [none] {""}
       *[other] , { $office }
    }{ $commitment ->
        [none] {""}
       *[other] {" "}— commitment “{ $commitment }”
    }{ $name ->
        [none] {""}
       *[other] {" "}— for { $name }
    }
invite-revoked = That invite code was revoked by whoever issued it. Ask for a new one, if appropriate.
invite-refused-duty =
    I cannot accept this invite ({ $label }): { $rule }.
    The code remains unused; please talk to whoever sent it to you.
membership-replaced-notify = Your seat as { $label } passed to { $who }, as decided by whoever registers the Forum. Thank you for taking part.
membership-replaced-inviter = Done: { $who } replaced whoever was { $label }; I told them.
cmd-profile = your full name, position and institution, as documents and notices show them
profile-ask-name = For the official record: what is your full name? (documents, open data and notices will show it)
profile-name-hint = Write your full name (2 to 120 characters).
profile-ask-position = What is your position?
profile-ask-institution = Which institution or organization do you work for?
profile-text-hint = The answer must be 2 to 160 characters long. Please write it again.
profile-saved = Thank you. The record will show you as { $name }, { $position } ({ $institution }). You can change it with /profile.
invite-ask-name = Who is the invite for? Write the person's full name.
invite-name-hint = Write the person's name (2 to 120 characters).
invite-code =
    Invite code for { $label }: { $code }
    Forward it to that person: they must send me that code. It works once and expires in { $days } days.
invite-code-link =
    Invite code for { $label }: { $code }
    Forward it to that person: they must send me that code, or open { $link } in Telegram. It works once and expires in { $days } days.
invite-welcome =
    Welcome! You now take part as { $label }.
    { $ask ->
        [yes] For the official record: what is your full name? Documents, open data and notices will show it.
       *[no] Write /help to see what you can do.
    }
foro-seat-replace-ask = The { $seat } seat for { $entity } is held by { $holder }. Do you want to replace { $holder }? Their seat ends when the new person redeems their invite, and both will be told.
foro-office-replace-ask = The Forum's { $office } is held by { $holder }. Replace { $holder } by { $member }? Both will be told.
foro-seat-pending = There is already a pending invite for the { $seat } seat for { $entity }. You can resend or revoke it with /invites.
foro-unchanged = Understood, I changed nothing in the Forum.
foro-office-replaced-notify = { $who } now holds the { $office } of the Forum of { $gad }, which you held. Thank you for your service.
cmd-revoke = revoke a role in a local government, with its reason
revoke-ask-who = Whose role do you revoke?
revoke-ask-reason = Why is it revoked? The reason stays on the record and is sent to the person.
revoke-reason-hint = Write the reason (5 to 1000 characters).
revoke-ask =
    You are about to revoke the role of { $who } in { $gad }.
    Reason: “{ $reason }”
    They will no longer be told or act in that role; they will be told. The record keeps the role and its revocation. Do you revoke the role?
revoke-done = I revoked the role of { $who } in { $gad } and told them.
membership-revoked-notify =
    { $who } revoked your role in { $gad }. If you think this is a mistake, please contact the { -poc }. Reason:
    “{ $reason }”
cmd-invitations = see, resend or revoke pending invites
invitations-none = There are no pending invites that you manage.
invitations-ask = Pending invites (for whom · expiry). Which one do you want to manage?
invitations-expires = expires on { $date }
invitations-ask-action = What do you want to do with that invite?
invitations-resend = Resend (a new code; the old one stops working)
invitations-revoke = Revoke
invitations-revoke-ask = You are about to revoke the invite for { $label }: its code will stop working. Do you revoke it?
invitations-revoked = I revoked the invite for { $label }. Its code no longer works.
invitations-resent = The old code stopped working. Here is the new one:
minutes-filed-mark = minutes filed
minutes-ask-action = That session already has its minutes filed. What do you want to do?
minutes-action-upload = Upload a new version of the minutes
minutes-action-attendance = Correct the attendance
minutes-attendance-ask = Who attended the session of { $when }? Tap a name to tick or untick it, or write the numbers of those who attended (for example 1,3,4). When the list is right, tap “Done”.
minutes-attendance-hint = I did not understand. Tap a name to tick or untick it, or write the numbers on the list separated by commas (for example 1,3,4).
minutes-attendance-done = Done ({ $count } of { $total })
minutes-confirm-ask =
    Check the attendance of the session of { $when }:
    ✅ Attended ({ $count } of { $total }): { $attended }
    ❌ Did not attend: { $absent }
    Minutes: { $acta }
    Is this right?
minutes-fix = Correct the list
minutes-filed = Done: I filed the minutes of the session of { $when } and its attendance ({ $attended } of { $members }). { $activity ->
        [0] They were kept as session minutes.
       *[other] They count as “{ $product }” of activity { $activity } (version { $version }).
    } I sent the minutes to the Forum's members.
minutes-updated = Done: I updated the session of { $when } (attendance: { $attended } of { $members }). { $version ->
        [0] The minutes did not change.
       *[other] I kept version { $version } of the minutes and sent it to the Forum's members.
    } The change stays on the record.
gad-existing-ask = Local governments of that level are already registered there. Is it one of these?
gad-existing-none = No, it is another one
interest-repeat-named =
    { $who } expressed interest again in { $gad }, which is already registered ({ $status }).
    Authority given: { $authority }, { $position } · Contact: { $contact }
    Motivation: “{ $motivation }”
panorama-phases = • { $level }: { $total } in all — { $pending } to review, { $declined } not accepted, { $early } in activities 1-8, { $foro } with a constituted forum, { $plan } in the action plan, { $completed } with all 15 activities done
cancel-ask = You have unsaved answers in /{ $command }. Cancelling discards them. Do you discard them?
cancel-kept = Understood, let us go on where we were. Please answer the last question:

## The Foro's decisions (quorum, votes), session duration, pre-reads, past actas; trainings (activities 4 and 12)
cmd-decisions = record a Foro decision with quorum and votes
decisions-none = There are no sessions with minutes and attendance recorded in the last 30 days yet. First record the minutes and attendance with /acta; the quorum is computed from that attendance.
decisions-ask-session = In which session was the decision taken?
decisions-ask-subject = What was the decision about?
decisions-subject = { $subject ->
    [plan] Approve the { -plan }
    [normativa] Approve the { -foro } rules
   *[other] Another matter
}
decisions-no-draft = There is no draft { -plan } to approve. Record it first with /plan.
decisions-ask-motion = Write the motion voted on, in one or two sentences.
decisions-motion-hint = Write the motion as text (2 to 1000 characters).
decisions-ask-votes = Write the votes as three numbers: for, against and abstentions (for example 3 0 1). Each entity present votes once; { $present } were present.
decisions-votes-hint = I did not understand the votes. Write three numbers: for, against and abstentions (for example 3 0 1); { $present } entities were present.
decisions-votes-too-many = There are more votes than entities present ({ $present }). Please check the numbers: each entity votes once, through its principal or its alternate.
decisions-ask-endorsements =
    OGP asks the non-government members to endorse the plan. Which entities present endorse it? Write their numbers or names separated by commas (for example 1,2), or 0 if none:
    { $entities }
decisions-endorsements-hint = Write the numbers (1 to { $count }) or names from the list separated by commas, or 0 if no entity endorses the plan.
decisions-confirm =
    Please check the decision of the session of { $when }:
    📌 { $subject ->
        [plan] Approve the { -plan }
        [normativa] Approve the { -foro } rules
       *[other] { $motion }
    }
    🗳️ For { $for } · Against { $against } · Abstentions { $abstain }
    👥 Present: { $present } of { $seats } entities (quorum: { $required }). { $quorum ->
        [yes] There is quorum.
       *[no] There is no quorum: the decision is recorded, but approves nothing.
    }
    🤝 Non-government endorsement: { $endorsements }
decisions-gone = That session no longer takes decisions (it has no minutes recorded, or you no longer organize it). Nothing was recorded.
decisions-recorded = Done: I recorded the decision of the session of { $when } (for { $for }, against { $against }, abstentions { $abstain }; { $present } of { $seats } entities present). { $counts ->
        [yes] { $subject ->
            [plan] The { -plan } is approved by the { -foro }: the Presidency can now approve and publish it with /plan.
            [normativa] The rules are approved by the { -foro }: the Authority can confirm activity 11.
           *[other] The motion is approved.
        }
        [rejected] The motion was not approved.
       *[no_quorum] Without quorum ({ $required } entities are required), the decision approves nothing.
    }
decisions-notify = The { -foro } of { $gad } recorded a decision of the session of { $when }: { $subject ->
        [plan] approve the { -plan }
        [normativa] approve the { -foro } rules
       *[other] another matter
    } — { $outcome ->
        [approved] approved
        [no_quorum] of no effect for want of quorum
       *[rejected] not approved
    } (for { $for }, against { $against }, abstentions { $abstain }; { $present } of { $seats } entities present).
plan-decision-missing = The { -plan } cannot be approved yet: it needs the decision of a { -foro } session with quorum approving it. The Technical Secretariat records it with /decisiones, after uploading the minutes with /acta.
plan-decision-no-quorum = The { -plan } cannot be approved yet: the decision of the session of { $when } was taken without quorum ({ $present } of { $seats } entities present; { $required } are required). It needs the decision of a session with quorum (/decisiones).
plan-decision-rejected = The { -plan } cannot be approved yet: in the session of { $when } the { -foro } did not approve it (for { $for }, against { $against }). It needs a decision approving it (/decisiones).
missing-training = a training held, with its attendance list and materials: schedule it and record attendance with /capacitaciones
missing-decision = { $subject ->
    [normativa] the { -foro }'s decision approving the rules, in a session with quorum (/decisiones)
    [plan] the { -foro }'s decision approving the { -plan }, in a session with quorum (/decisiones)
   *[other] a { -foro } decision in a session with quorum (/decisiones)
}
sessions-action-more = { $action ->
    [preread] Attach a pre-read to a session
   *[actas] See the minutes of a past session
}
sessions-ask-past = The minutes of which session?
sessions-ask-duration = How long will it last? Choose an option or type the length (for example 45 min or 2 h).
sessions-duration = { $minutes ->
    [60] 1 hour
    [90] 1 hour and a half
    [120] 2 hours
    [180] 3 hours
   *[other] { $minutes } minutes
}
sessions-duration-hint = I did not understand the length. Choose an option or type it in minutes or hours (for example 45 min, 1:30 or 2 h), between 15 minutes and 10 hours.
sessions-confirm-new-length =
    { $summary }
    ⏱️ Length: { $minutes } minutes
sessions-ask-preread = Send the document members should read before the session (PDF, Word, image…).
sessions-preread-hint = Please send the document as an attachment.
sessions-confirm-preread = Shall I attach "{ $document }" as a pre-read of the session of { $when }? It goes to those already invited and with every new invitation.
sessions-preread-notify = Pre-read for the { -foro } session of { $gad } on { $when }: "{ $document }" (please read it before the session).
sessions-preread-attached = Done: I attached "{ $document }" to the session of { $when } and sent it to { $told } invited person(s).
sessions-acta-decision = { $subject ->
        [plan] Approve the { -plan }
        [normativa] Approve the rules
       *[other] { $motion }
    }: { $outcome ->
        [approved] approved
        [no_quorum] of no effect for want of quorum
       *[rejected] not approved
    } (for { $for }, against { $against }, abstentions { $abstain }; { $present } of { $seats } entities{ $quorum ->
        [yes] , with quorum
       *[no] , without quorum
    })
sessions-acta-again =
    Minutes of the { -foro } session of { $gad } on { $when }.
    Decisions:
    { $decisions }
sessions-acta-missing =
    The session of { $when } has no minutes filed.
    Decisions:
    { $decisions }
cmd-trainings = schedule an awareness-raising session or training and record attendance
cmd-training = say whether you will attend a training
trainings-ask-action = What would you like to do?
trainings-action = { $action ->
    [new] Schedule a training
   *[attendance] Record attendance at a training
}
trainings-ask-activity = Which activity is the training for?
trainings-ask-topic = What is the training's topic?
trainings-topic-hint = Write the topic as text (2 to 300 characters).
trainings-ask-where = Where will it be? Write the place, the video-call link, or both.
trainings-ask-materials = Send the training materials (slides, guide…) as a file, or choose "Later" if you do not have them yet.
trainings-materials-later = Later
trainings-materials-hint = Send the materials as an attachment, or choose "Later".
trainings-ask-training = Which training's attendance are you recording?
trainings-ask-materials-now = This training has no materials yet. Please send them as a file: with the attendance list they are the activity's evidence.
trainings-materials-now-hint = Please send the materials as an attachment.
trainings-ask-present =
    Who attended? Write their numbers separated by commas (for example 1,3). ✓ marks who said they would come.
    { $people }
trainings-present-hint = Write the numbers of those who attended, 1 to { $count }, separated by commas (for example 1,3).
trainings-confirm-new =
    Please check the training of { $gad } (activity { $activity }):
    📚 { $topic }
    📅 { $when } · ⏱️ { $minutes } minutes
    📍 { $where }
    📎 Materials: { $materials }
    { $invited } person(s) will be invited.
trainings-confirm-attendance =
    Please check the attendance at "{ $topic }" ({ $gad }, { $when }):
    ✅ Attended ({ $count } of { $total }): { $present }
    I will store the attendance list and the materials as the activity's evidence.
trainings-scheduled = Done: I scheduled the training of { $gad } (activity { $activity }) for { $when }. I will invite { $invited } person(s); they answer with /capacitacion.
trainings-gone = That training can no longer be scheduled or recorded (the activity is no longer open or the training changed). Nothing was recorded.
trainings-attendance-recorded = Done: I recorded the attendance of { $gad } ({ $count } of { $total }). Here is the attendance list; with it and the materials, the activity "{ $activity }" can now be confirmed with /confirmar.
trainings-invite =
    Invitation to an Open State training of { $gad } (activity { $activity })
    📚 { $topic }
    📅 { $when } · ⏱️ { $minutes } minutes
    📍 { $where }
    Will you attend? Answer with an option, or later with /capacitacion.
trainings-rsvp-ask-training = Which training are you answering?
trainings-rsvp-recorded = Thank you: { $response ->
        [yes] I recorded that you will attend
       *[no] I recorded that you cannot attend
    } "{ $topic }" ({ $gad }, { $when }).
trainings-rsvp-closed = That training no longer takes answers (it has started or was cancelled).

## Co-creation register (activity 13) and the independent monitoring cycle

cmd-proposal = send a proposal for a local government's { -plan }, with the code its Foro published
cmd-proposals = proposals for the { -plan }: the public code to receive them and the reasoned response to each
proposal-code-ask = What is the local government's proposals code? (The Foro Multiactor publishes it, for example on the portal or in a link.)
proposal-code-unknown = I cannot find that proposals code. Please check it (six letters and digits) and send it again.
proposal-title-ask = What is the title of your proposal? (a short sentence)
proposal-title-hint = The title must be 5 to 150 characters long. Please write it again.
proposal-description-ask = Describe your proposal: which problem it addresses and what it proposes to do.
proposal-description-hint = The description must be 10 to 2000 characters long. Please write it again.
proposal-name-ask = Under which name should your proposal appear? It is published with it. If you prefer no name, type -.
proposal-contact-ask = How can we reach you (phone or e-mail)? It is not published. If you prefer not to give it, type -.
proposal-optional-hint = Type it, or - to leave it blank.
proposal-summary =
    Your proposal for the { -plan } of { $gad }:
    Title: { $title }
    Description: { $description }
    Published name: { $name }
    Contact (not published): { $contact }
    By confirming, you agree that the proposal and the name given are published in the plan's co-creation register, and that the bot keeps your contact to give you the Foro's response.
proposal-not-sent = I did not send the proposal and kept nothing.
proposal-sent = We received your proposal no. { $id } for the { -plan } of { $gad }. The Foro Multiactor will give it a reasoned response and I will send it to you here.
proposal-received-notify = New proposal no. { $id } ("{ $title }") for the { -plan } of { $gad }. Answer it with /proposals.
proposals-register =
    Co-creation register of { $gad }: { $pending } proposals awaiting a response, { $answered } answered.
    Public code to receive proposals: { $code }. Whoever the Foro invites types /proposal { $code } (Telegram link: { $link }); the local government's page on the portal shows it too.
proposals-need-plan = To answer the proposals, first record the { -plan } (a draft will do) with /plan: each response goes into that plan's register.
proposals-menu = What would you like to do?
proposals-action-answer = Answer a proposal
proposals-which-ask = Which proposal do you want to answer?
proposals-outcome-ask =
    "{ $title }" (by: { $author })
    { $description }
    What is the Foro's response?
proposals-outcome = { $outcome ->
    [accepted] Accepted into a commitment
    [merged] Merged into another proposal
   *[other] Not accepted
}
proposals-commitment-ask = Which commitment of the plan takes it up?
proposals-merge-ask = Which proposal is it merged into?
proposals-reason-ask = Write the reasons for the Foro's response. They are published with the plan and sent to whoever proposed it.
proposals-reason-hint = The reasons must be 10 to 2000 characters long. Please write them again.
proposals-answer-summary =
    Response to "{ $title }": { $outcome ->
        [accepted] accepted into a commitment
        [merged] merged into another proposal
       *[other] not accepted
    }.
    Reasons: { $reason }
    Shall I record it?
proposals-already-answered = Proposal no. { $id } already has a response. I changed nothing.
proposals-answered = I recorded the response to proposal no. { $id }. { $told ->
        [0] It came from another platform: its author is not told through the bot.
       *[other] I told whoever proposed it.
    }
proposal-answered-notify =
    The Foro Multiactor of { $gad } answered your proposal no. { $id }, "{ $title }": { $outcome ->
        [accepted] it was accepted into commitment { $commitment }.
        [merged] it was merged into proposal { $merged }.
       *[other] it was not accepted.
    }
    Reasons: { $reason }
plan-action-assess-inception = Inception assessment of a commitment
plan-action-assess-inception-plan = Inception assessment: co-creation and repository
plan-action-assess-end = End-of-commitment assessment
plan-action-answer-assessment = Answer an independent assessment
assess-cocreation-ask = Did the plan's co-creation process meet OGP's standards (open participation, information beforehand, a reasoned response to proposals)?
assess-repository-ask = Does the plan have a public online repository, accessible and up to date with its progress and evidence?
assess-completion-ask = What level of completion did the commitment reach?
assess-notify = The monitoring entity recorded the { $kind } of { $gad } on: { $subject }. It is published with the plan. The Foro's officers may answer it from /plan.
assess-saved = I recorded your { $kind } on: { $subject }. It is published with the plan, and I told the Foro, the local point of contact and the national point of contact.
assess-answer-which = Which assessment is the Foro answering?
assess-answer-ask = Write the Foro's answer. It is published with the assessment.
assess-answered = I recorded the Foro's answer to the { $what }. It is published with the plan.
assess-answered-notify = The Foro Multiactor of { $gad } answered your { $what }: "{ $response }"
assessment-reminder = { $stage ->
        [late] The deadline has passed
        [soon] The deadline is near
       *[other] The deadline is open
    } for the { $kind ->
        [inception] inception assessment of the { -plan } of { $gad } (each commitment, the co-creation and the repository)
       *[other] end-of-commitment assessment of "{ $subject }" of { $gad }
    }: { $due }. Record it from /plan.
assessment-late-poc = The monitoring entity of { $gad } has not recorded the { $kind ->
        [inception] inception assessment of the { -plan }
       *[other] end-of-commitment assessment of "{ $subject }"
    } yet; it was due on { $due }.
assessment-no-monitor = { $gad } has no independent monitoring entity, and the { $kind ->
        [inception] inception assessment of the { -plan }
       *[other] end-of-commitment assessment of "{ $subject }"
    } is due by { $due }. Designate one with /designate.
pdf-proposals-behind = Proposals taken up
pdf-register = Co-creation register: proposals and the Foro's responses
pdf-assessments = Assessments of the independent monitoring entity
pdf-assessment-plan = co-creation process and public repository
pdf-assessment-completion = Completion
pdf-assessment-cocreation = Co-creation
pdf-assessment-repository = Public repository
pdf-foro-answer = Foro's answer
web-proposals-behind = Proposals taken up
web-register = Co-creation register: proposals and the Foro's responses
web-col-proposal = Proposal
web-col-response = Foro's response
web-assessments = Assessments of the independent monitoring entity
web-foro-answer = Foro's answer
web-proposal-call = Send your proposal for the { -plan }: in the bot, /proposal { $code } (code { $code }). Proposals awaiting a response: { $pending }.
assess-answer-confirm =
    The Foro's answer: "{ $response }"
    It is published with the assessment and cannot be changed later. Shall I record it?
## Plan: amendments, versions and commitment status (OGP)
plan-action-amend = Amend the published plan
plan-action-history = See the commitments' status
plan-amend-menu = An amendment changes the published plan: it is approved like the plan and published as its new version, with its change log. Which change do you want to include?
plan-amend-menu-changes =
    Changes in this amendment so far:
    { $changes }
    What else do you want to include?
plan-amend-add = Add a commitment
plan-amend-change = Change a commitment
plan-amend-withdraw = Withdraw a commitment
plan-amend-redate = Change a milestone's date
plan-amend-finish = Review and save the amendment
plan-amend-which-commitment = Which commitment?
plan-amend-which-field = Which of the commitment's fields changes?
plan-amend-field = { $field ->
    [title] Title
    [objective] Objective
    [expectedResults] Expected results
   *[responsibleEntity] Responsible entity
}
plan-amend-new-text-ask = Please write the new text.
plan-amend-withdraw-reason-ask = Why is the commitment withdrawn? The reason is published with the plan.
plan-amend-which-milestone = Which milestone changes its date?
plan-amend-date-outside = The new date must be within the plan's period ({ $start } – { $end }). Please write it as DD/MM/YYYY.
plan-amend-reason-ask = Why is the plan amended? The reason is published with the change log.
plan-amend-review =
    The amendment reads:
    { $changes }
    Nothing changes in the plan until it is approved. Do you record it and ask for its approval?
plan-amend-approval-request = { $who } recorded an amendment of the { -plan } of { $gad }. As the Forum's { $office }, it is yours to review and approve with /plan.
plan-amend-saved = I saved the amendment of the { -plan } of { $gad } and asked the Forum's { $office } to approve it.
plan-amend-saved-no-approver = I saved the amendment of the { -plan } of { $gad }. The Forum's { $office } must approve it and is not registered yet: register it with /foro.
plan-action-discard-amendment = Discard the pending amendment
plan-amend-discard-ask =
    You are about to discard the pending amendment of the { -plan } of { $gad } (it would be version { $version }).
    Reason: { $reason }
    { $changes }
    The published plan does not change; the amendment will remain only in the audit log. Discard it?
plan-amend-discarded = I discarded the pending amendment of the { -plan } of { $gad }. The published plan is unchanged, and another amendment can now be recorded.
plan-amend-discarded-notify = { $who } discarded the amendment you recorded for the { -plan } of { $gad } (reason: { $reason }). The published plan is unchanged.
plan-amend-approve-ask =
    You are about to approve the amendment of the { -plan } of { $gad } and publish it as version { $version }.
    Reason: { $reason }
    { $changes }
    The earlier versions stay available. It will be sent to: { $told }
    This cannot be undone. Do you approve and publish the amendment?
plan-amended =
    I recorded your approval and published version { $version } of the { -plan } of { $gad }.
    Reason: { $reason }
    { $changes }
    Public link: { $link }
plan-amended-notify =
    An amendment of the { -plan } of { $gad } was approved: its version { $version } is published. The document is attached.
    Reason: { $reason }
    { $changes }
    Public link: { $link }
plan-change-add = New commitment: "{ $title }" ({ $milestones ->
    [one] 1 milestone
   *[other] { $milestones } milestones
})
plan-change-edit = "{ $title }": { plan-amend-field } changes from "{ $before }" to "{ $after }"
plan-change-withdraw = The commitment "{ $title }" is withdrawn, for this reason: { $reason }
plan-change-redate = Milestone "{ $deliverable }": new due date { $after } (was { $before })
plan-status-history =
    Status of the commitments (version { $version } of the plan; { $percent }% of the milestones done):
    { $commitments }
milestone-late-foro = Notice to the Forum of { $gad }: the milestone "{ $deliverable }" of the commitment "{ $commitment }" was due on { $due } and is not complete. Responsible: { $responsible }.
plan-public-versions = This plan was amended: it is at version { $versions }. Earlier versions are sent with /plan { $token } v1 (or the version's number).
plan-version-public = Version { $version } of the { -plan } of { $gad }. For its open data write: /plan { $token } v{ $version } data
plan-version-unknown = That plan has no such version: it has { $versions }. Write the version as v1, v2…
pdf-version = Version
pdf-versions = Versions and change log
pdf-commitment-status = Commitment status
pdf-withdrawn = Withdrawn, for this reason
pdf-change-add = New commitment: "{ $title }"
web-plan-versions = Plan versions and change log
web-plan-version = Version { $version }
web-plan-milestones-done = { $percent }% of the milestones done
web-commitment-status = Status
