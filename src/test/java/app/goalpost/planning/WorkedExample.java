package app.goalpost.planning;

import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.funnel.Stage;

/** The worked example's baseline quarter, shared by the tests. */
public final class WorkedExample {

    private WorkedExample() {
    }

    /** 20,000 → 600 → 150 → 90 → 45 → 18, with 10,000 EUR of media spend on visitors (0.50 EUR per visitor). */
    public static Funnel funnel() {
        return Funnel.of(
                Stage.of("Website visitors", "visitor", 20_000).withSpend(Money.of("10000", "EUR")),
                Stage.of("Leads", "lead", 600),
                Stage.of("MQL", "mql", 150),
                Stage.of("SQL", "sql", 90),
                Stage.of("Opportunities", "opportunity", 45),
                Stage.of("Customers", "customer", 18));
    }

    /** Same volumes, no benchmark keys and no spend. */
    public static Funnel unkeyed() {
        return Funnel.of(Stage.of("Visitors", 20_000), Stage.of("Leads", 600), Stage.of("MQL", 150),
                Stage.of("SQL", 90), Stage.of("Opportunities", 45), Stage.of("Customers", 18));
    }
}
