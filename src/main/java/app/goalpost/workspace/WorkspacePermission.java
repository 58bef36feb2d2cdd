package app.goalpost.workspace;

/** What a user wants to do with a workspace; {@link WorkspaceAccess} decides. */
public enum WorkspacePermission {
    /** Open the workspace and read its pages. */
    VIEW,
    /** Edit goal scenarios and KPI actuals: staff with access, and client contributors. */
    EDIT_PLAN,
    /** Edit funnel stages, baselines and KPI definitions: agency staff with access. */
    EDIT_BASELINE,
    /** Change the workspace settings, archive it: owners and admins. */
    ADMINISTER
}
