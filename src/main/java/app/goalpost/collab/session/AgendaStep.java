package app.goalpost.collab.session;

/** The agenda of every session: the method's steps in order (docs/method.md), ticked by the facilitator. */
public enum AgendaStep {
    BASELINE, LEVERS, SCENARIOS, ADOPT, KPIS;

    /** i18n key of the step's label. */
    public String labelKey() {
        return "session.agenda." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
