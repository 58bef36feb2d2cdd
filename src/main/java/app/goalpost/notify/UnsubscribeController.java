package app.goalpost.notify;

import app.goalpost.shared.i18n.GoalpostI18NProvider;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The unsubscribe link of a notification mail, {@code /unsubscribe/<token>}: opening it (GET) or a mail client's
 * one-click POST switches that one kind of mail off for that one user, with nobody signed in
 * ({@link NotificationService#unsubscribe}). Answers a small page in the browser's language.
 */
@RestController
class UnsubscribeController {

    private final NotificationService notifications;

    UnsubscribeController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping(path = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> open(@PathVariable String token, Locale locale) {
        return answer(token, locale);
    }

    @PostMapping(path = "/unsubscribe/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> oneClick(@PathVariable String token, Locale locale) {
        return answer(token, locale);
    }

    private ResponseEntity<String> answer(String token, Locale locale) {
        Optional<NotificationKind> kind = notifications.unsubscribe(token);
        String text = kind.map(k -> t("notify.unsubscribed", locale, t("notify.kind." + k.name(), locale)))
                .orElseGet(() -> t("notify.unsubscribe.invalid", locale));
        String html = "<!DOCTYPE html><html lang=\"" + (locale.getLanguage().equals("fr") ? "fr" : "en")
                + "\"><head><meta charset=\"utf-8\"><title>Goalpost</title></head><body style=\"font-family:sans-serif;"
                + "max-width:36em;margin:3em auto\"><h1>Goalpost</h1><p id=\"unsubscribe-result\">"
                + HtmlUtils.htmlEscape(text, "UTF-8") + "</p><p><a href=\"/account/notifications\">"
                + HtmlUtils.htmlEscape(t("notify.unsubscribe.settings", locale), "UTF-8") + "</a></p></body></html>";
        return ResponseEntity.status(kind.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }

    private static String t(String key, Locale locale, Object... args) {
        return GoalpostI18NProvider.translate(key, locale, args);
    }
}
