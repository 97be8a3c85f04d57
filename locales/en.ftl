## General

error-internal = Sorry, something failed on our side while handling your message. No change was saved. Please try again in a moment; if it happens again, tell your point of contact.
message-unsupported = For now I only understand text, documents and photos. Write /help to see what you can do.
no-conversation = I have no open question for you. Write /help to see what you can do.
conversation-expired = The previous conversation went unanswered for a long time, so I closed it. Let's start again.
command-unknown = I don't know the command { $command }. Write /help to see the available commands.
command-not-allowed = The command /{ $command } is not available for your role. Write /help to see what you can do.
cancelled = Done, I cancelled what we were doing. Nothing from that conversation was saved.
nothing-to-cancel = There was nothing to cancel.
choice-stale = That option is no longer valid. Write /help to see what you can do now.
choice-invalid = I don't recognise that answer. Pick one of the options (you can type its number):

## Start and help

start-guest =
    Hello! I am the assistant of the Open State model for Ecuador's local governments.
    If you received an invite code, send it to me as it is.
    If you are (or speak for) the authority of a local government interested in the model, write /interest.
start-known = Welcome back, { $name }! This is what you can do:
help-header = These are the commands you can use:
help-header-guest = You have no role in the process yet. To join, send me the invite code you were given. You can use:
help-in-conversation = You are answering /{ $command }. Answer the last question, or write /cancel to leave it.
help-footer = At any time: /help shows this list, /cancel stops what we are doing, /language changes the language.

## Invitations

invite-malformed = That does not look like an invite code. Codes have 16 letters and digits; copy it exactly as you received it.
invite-unknown = I could not find that invite code. Check that it is complete or ask whoever invited you for a new one.
invite-used = That invite code has already been used. Each code works once; ask whoever invited you for a new one.
invite-expired = That invite code has expired. Ask whoever invited you for a new one.
invite-rate-limited = There were too many attempts with codes that do not work. For safety, wait an hour before trying again.
invite-welcome =
    Welcome! You now take part as { $role }{ $gremio ->
        [none] {""}
       *[other] { " " }({ $gremio })
    }.
    Write /help to see what you can do.
invite-welcome-gad =
    Welcome! You now take part as { $role } of { $gad }.
    Write /help to see what you can do.
console-first-invite = New database: this is the invite code for the first national point of contact (POC). Send it to the bot (for example: @poc: { $code }).

## Documents

upload-receipt = I received “{ $name }” ({ $size }, fingerprint { $hash }).
upload-receipt-unfiled = I received “{ $name }” ({ $size }, fingerprint { $hash }). I kept it unfiled; to register it as the product of an activity use /upload.
upload-refused-too-large = I cannot accept “{ $name }”: it is larger than the maximum of { $max }. If you can, send a lighter version (a compressed PDF, for instance).
upload-refused-type = I cannot accept “{ $name }”: its content is not an accepted document (PDF, Word, Excel, OpenDocument or a JPG/PNG photo). Nothing was saved.
upload-refused-download = I could not download “{ $name }”. Please send it again.
upload-needs-invite = To keep documents you need a role in the process. Send me your invite code first.

## Language

cmd-language = change the language (español / English)
language-ask = Which language would you like me to use?
language-changed = Done, I will write to you in English.
language-unknown = That language is not available. I can write in Spanish or English.

## Channels

telegram-private-only = I only work in private chats. Write to me directly to continue.
whatsapp-choose-number = Reply with the number of your choice.

## Invites from the chat

cmd-invite = invite a person to their role in the process
invite-ask-role = Whom do you want to invite?
invite-ask-gremio = Which association?
invite-created =
    Invite code for { $role }: { $code }
    Forward it to the person: they must send me that code. It works once and expires in { $days } days.
invite-created-link =
    Invite code for { $role }: { $code }
    Forward it to the person: they must send me that code, or open { $link } in Telegram. It works once and expires in { $days } days.
