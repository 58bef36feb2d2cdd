package app.goalpost.notify;

/** How a user wants one kind of notification by e-mail; the bell shows every notification regardless. */
public enum MailDelivery {
    OFF, IMMEDIATE, DIGEST
}
