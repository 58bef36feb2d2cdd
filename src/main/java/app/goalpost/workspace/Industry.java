package app.goalpost.workspace;

/** Client industry; each maps to a benchmark set of the planning catalogue where one exists. */
public enum Industry {
    B2B_SAAS("b2b-saas"),
    B2B_PROFESSIONAL_SERVICES("b2b-professional-services"),
    B2B_MANUFACTURING("b2b-manufacturing"),
    B2C_ECOMMERCE("b2c-ecommerce"),
    OTHER(null);

    private final String benchmarkSet;

    Industry(String benchmarkSet) {
        this.benchmarkSet = benchmarkSet;
    }

    /** Key of the default benchmark set in the catalogue, or null when none fits. */
    public String benchmarkSet() {
        return benchmarkSet;
    }
}
