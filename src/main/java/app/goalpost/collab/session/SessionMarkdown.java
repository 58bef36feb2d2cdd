package app.goalpost.collab.session;

import app.goalpost.shared.i18n.GoalpostI18NProvider;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A session record as a Markdown document: what the participants take away after the call. */
final class SessionMarkdown {

    private SessionMarkdown() {
    }

    static String write(SessionRecord r, Locale locale) {
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(r.timeZone());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(r.timeZone());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t("session.md.title", locale, plain(r.title()))).append("\n\n");
        md.append("- ").append(t("session.md.workspace", locale, plain(r.workspaceName()))).append('\n');
        md.append("- ").append(t("session.md.when", locale, dateTime.format(r.startedAt()),
                time.format(r.endedAt()))).append('\n');
        md.append("- ").append(t("session.md.facilitator", locale, plain(r.facilitatorName()))).append("\n\n");

        md.append("## ").append(t("session.md.participants", locale)).append("\n\n");
        r.participants().forEach(p -> md.append("- ").append(t("session.md.participant", locale, plain(p.name()),
                time.format(p.joinedAt()))).append('\n'));

        md.append("\n## ").append(t("session.md.agenda", locale)).append("\n\n");
        for (AgendaStep step : AgendaStep.values()) {
            md.append(r.agendaDone().contains(step) ? "- [x] " : "- [ ] ").append(t(step.labelKey(), locale))
                    .append('\n');
        }

        md.append("\n## ").append(t("session.md.decisions", locale)).append("\n\n");
        if (r.decisions().isEmpty()) {
            md.append(t("session.md.none", locale)).append('\n');
        }
        r.decisions().forEach(d -> md.append("- ").append(plain(d)).append('\n'));

        md.append("\n## ").append(t("session.md.scenarios", locale)).append("\n\n");
        if (r.scenarios().isEmpty()) {
            md.append(t("session.md.none", locale)).append('\n');
        }
        r.scenarios().forEach(s -> md.append("- ").append(plain(s.name()))
                .append(r.adopted().filter(a -> a.id() == s.id()).isPresent()
                        ? " (" + t("session.md.adoptedMark", locale) + ")" : "")
                .append('\n'));

        md.append("\n## ").append(t("session.md.plan", locale)).append("\n\n")
                .append(r.adopted().map(a -> plain(a.name())).orElse(t("session.md.noPlan", locale))).append('\n');

        md.append("\n## ").append(t("session.md.notes", locale)).append("\n\n")
                .append(r.notes().isBlank() ? t("session.md.none", locale) : r.notes().strip()).append('\n');
        return md.toString();
    }

    /** Names and titles on one line, without characters that would start Markdown structure. */
    private static String plain(String text) {
        return text.replaceAll("[\\r\\n]+", " ").replace("#", "\\#").replace("*", "\\*").replace("_", "\\_")
                .replace("[", "\\[").replace("]", "\\]");
    }

    private static String t(String key, Locale locale, Object... args) {
        return GoalpostI18NProvider.translate(key, locale, args);
    }
}
