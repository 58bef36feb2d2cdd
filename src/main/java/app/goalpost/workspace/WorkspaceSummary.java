package app.goalpost.workspace;

/** A row of workspace lists and of the switcher. */
public record WorkspaceSummary(long id, String name, Industry industry, CompanyStage stage, String currency,
        boolean archived) {
}
