# The kiosk's words, British English. Every sentence a patient reads is here, so a language is
# added by adding a file beside this one. The six FFT answers and the FFT question are NHS
# England's own wording and must not be changed.

app-title = Patient feedback
language-name = English

## Setup (staff only, once per tablet)
setup-title = Set up this kiosk
setup-intro = Type the enrolment code printed by the practice server. Each code works once.
setup-code-label = Enrolment code
setup-submit = Connect this kiosk
setup-working = Connecting…
setup-error-code = That code was not accepted. It may be mistyped, used already, or more than a day old.
setup-error-wait = Too many wrong codes. Please wait a few minutes and try again.
setup-error-network = The practice server can't be reached. Check the Wi-Fi and try again.

## Welcome
welcome-title = How was your visit today?
welcome-intro = Tell us in a minute or two. You don't need to give your name.
welcome-start = Start
welcome-language = Language
welcome-privacy = How we use your feedback

## Privacy notice
privacy-title = How we use your feedback
privacy-body-1 = Your feedback is anonymous. We don't ask for your name unless you want a reply.
privacy-body-2 = The practice manager reads the feedback to improve our service. The star ratings are sent to NHS England each month as numbers only, never with your words.
privacy-body-3 = Nothing you type is kept on this tablet after you send it, and the screen clears itself for the next person.
privacy-body-4 = If you ask for a reply, your name and phone number or email address are used only to contact you about this feedback.
privacy-close = Close

## Rating: the NHS Friends and Family Test, word for word
rating-question = Overall, how was your experience of our service?
rating-hint = Choose one answer.
fft-very-good = Very good
fft-good = Good
fft-neither = Neither good nor poor
fft-poor = Poor
fft-very-poor = Very poor
fft-dont-know = Don't know
rating-stars = { $stars ->
    [one] 1 star
   *[other] { $stars } stars
}

## Comment
comment-question = Tell us about your experience. What went well, and what could we do better?
comment-optional = Optional. Please don't include names or personal details.
comment-topics = What is it about? (optional)
topic-reception = Reception
topic-booking = Booking an appointment
topic-doctor = Doctor
topic-nurse = Nurse
topic-waiting-time = Waiting time
topic-building = The building
topic-prescriptions = Prescriptions
comment-label = Your comments
comment-remaining = { $remaining ->
    [one] 1 character left
   *[other] { $remaining } characters left
}
comment-too-long = Your comment is { $over ->
    [one] 1 character
   *[other] { $over } characters
} too long. Please shorten it to send.
not-monitored = This form is not monitored. If you need help now, speak to reception, call 999 in an emergency, or NHS 111.

## The respectful-wording nudge (suggestions only: it never blocks or changes what is typed)
nudge-abuse-title = Before you continue
nudge-abuse = We welcome all feedback, including complaints. Could you tell us what happened, rather than describing the person?
nudge-named-staff = It helps us most if you describe the role (for example "a receptionist") and what happened, rather than naming or describing the person.
nudge-words = Words that may upset the person who reads this:
nudge-edit = Edit my comment
nudge-send-anyway = Continue as it is
nudge-shouting = Capital letters can read as shouting. Your comment is easier to read in lower case.
nudge-personal-data = This form is anonymous. Please leave out names, phone numbers, addresses and NHS numbers. If you would like a reply, you can ask for one on the next screen.
nudge-urgent-title = Do you need help now?
nudge-urgent = This form is not read straight away. If you need help now, please speak to reception, call 999 in an emergency, or NHS 111.
nudge-complaint-title = Making a formal complaint
nudge-complaint = You can write to the practice manager: leave a letter in the letterbox next to reception, hand it to a member of staff, or email the practice manager.

## A reply
reply-question = Would you like the practice manager to contact you?
reply-no = No, thank you
reply-yes = Yes, please contact me
reply-name = Your name
reply-phone = Phone number
reply-email = Email address
reply-contact-hint = Give a phone number, an email address, or both.
reply-consent = I agree that the practice manager may contact me about this feedback.
reply-complaint-title = Making a complaint
reply-complaint = To make a formal complaint, write to the practice manager: leave a letter in the letterbox next to reception, hand it to a member of staff, or email the practice manager.
reply-fix = Please check: { $problem }
reply-problem-consent = tick the box to agree to be contacted.
reply-problem-name = add your name.
reply-problem-contact = add a phone number or an email address.
reply-problem-phone = the phone number does not look right.
reply-problem-email = the email address does not look right.
reply-problem-other = something in the form is not right.

## Navigation
nav-back = Back
nav-continue = Continue
nav-send = Send feedback

## Thank you
thanks-title = Thank you
thanks-body = Your feedback helps us improve the care we give.
thanks-finish = Finish
thanks-returning = This screen will clear itself in a few seconds.
review-invite = You can also rate us on the NHS website: scan this code with your phone's camera. Please keep it respectful.
review-qr-label = QR code for our page on the NHS website

## Closed (outside opening hours, or closed by staff for the day)
closed-title = Sorry, we're closed
closed-body = This feedback screen is not taking feedback right now.
closed-tomorrow = Please come back tomorrow.
closed-opens-today = Please come back after { $time } today.
closed-opens-on = Please come back on { $day } from { $time }.
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## Kiosk mode off (staff only)
kiosk-off-title = Kiosk mode is off
kiosk-off-body = The tablet can be used for other things. Patients can't give feedback until kiosk mode is back on.
kiosk-off-resume = Back to kiosk mode

## Staff (reception staff only; reached by a hidden gesture and a PIN)
staff-pin-title = Staff only
staff-pin-not-set = No staff PIN is set yet. Set one on the practice server: practice-server set-pin
staff-pin-entered = { $count ->
    [one] 1 digit entered
   *[other] { $count } digits entered
}
staff-pin-wrong = That PIN is not right.
staff-pin-unchecked = This tablet could not check the PIN, so it was not counted as wrong. The kiosk must be opened at its https:// address.
staff-pin-locked = Too many wrong PINs. Try again in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.
staff-pin-delete = Delete
staff-pin-unlock = Unlock
staff-cancel = Cancel
staff-title = Kiosk status
staff-sent-today = Feedback sent today
staff-waiting = Waiting to be sent
staff-set-aside = Refused by the server, being set aside
staff-last-sent = Last successful send
staff-never = Not yet
staff-server = Practice server
staff-checking = Checking…
staff-server-ok = Reachable
staff-server-down = Not reachable
staff-device = This kiosk
staff-version = App version
staff-send-now = Send now
staff-cleaning = Cleaning mode
staff-lock = Lock
staff-open-state = Feedback screen
staff-open = Open
staff-closed = Closed
staff-awake = Screen kept awake
staff-yes = Yes
staff-no = No
staff-new-day = Start a new day
staff-close-day = Close for the day
staff-open-now = Open now
staff-leave-kiosk = Leave kiosk mode
staff-sending = Sending…
staff-send-result = { $waiting ->
    [0] Everything has been sent.
    [one] 1 item is still waiting: the server can't be reached. It will keep trying.
   *[other] { $waiting } items are still waiting: the server can't be reached. It will keep trying.
}
cleaning-title = Cleaning mode
cleaning-body = The screen ignores touches for { $seconds ->
    [one] 1 more second
   *[other] { $seconds } more seconds
}.

## Are you still there?
idle-title = Are you still there?
idle-body = For your privacy, this screen will clear in { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
}.
idle-more-time = I need more time
