package app.goalpost.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.planning.Message;
import app.goalpost.planning.Messages;
import app.goalpost.planning.WorkedExample;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.funnel.Stage;
import app.goalpost.planning.lever.LeverAnalysis;
import app.goalpost.planning.scenario.Ceilings;
import app.goalpost.planning.scenario.Goal;
import app.goalpost.planning.scenario.PlanResult;
import app.goalpost.planning.scenario.Planner;
import app.goalpost.planning.scenario.Strategy;
import app.goalpost.shared.i18n.GoalpostI18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The planning pages render the engine's messages through the bundles: every funnel, plan and lever key has an
 * English text identical to the engine's and a French one, and real messages render fully in both languages.
 */
class EngineTextTranslationTest {

    @Test
    void everyFunnelPlanAndLeverKeyIsTranslated() throws IOException {
        Properties en = load("/vaadin-i18n/planning.properties");
        Properties fr = load("/vaadin-i18n/planning_fr.properties");
        List<String> keys = Messages.ENGLISH.keySet().stream()
                .filter(k -> k.startsWith("funnel.") || k.startsWith("plan.") || k.startsWith("lever.")).toList();
        assertThat(keys).hasSizeGreaterThan(30);
        for (String key : keys) {
            assertThat(en.getProperty(key)).as(key).isEqualTo(Messages.ENGLISH.get(key));
            assertThat(fr.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void realMessagesRenderInEnglishAsTheEngineDoesAndFullyInFrench() {
        List<Message> messages = new ArrayList<>();
        Funnel ex = WorkedExample.funnel();
        messages.addAll(LeverAnalysis.of(ex).findings());
        messages.addAll(Funnel.of(Stage.of("A", 10), Stage.of("B", 20), Stage.of("C", 0)).warnings().stream()
                .map(w -> w.message()).toList());
        for (PlanResult r : List.of(Planner.solve(ex, Goal.relative(5, "0.15"), new Strategy.OneRate(0)),
                Planner.solve(ex, Goal.relative(5, "0.15"), new Strategy.TopVolume()),
                Planner.solve(ex, Goal.relative(5, "0.15"), new Strategy.OneRate(0), Ceilings.none().with(0, 0.031)))) {
            switch (r) {
                case PlanResult.Feasible f -> messages.addAll(f.plan().messages());
                case PlanResult.Infeasible i -> {
                    i.reasons().forEach(x -> messages.add(x.message()));
                    i.bestEffort().ifPresent(s -> messages.add(s.message()));
                    i.alternative().ifPresent(p -> messages.addAll(p.messages()));
                }
            }
        }
        for (Message m : messages) {
            String english = GoalpostI18NProvider.translate(m.key(), Locale.ENGLISH, m.args().toArray());
            // money is the one exception: the pages write it as the rest of the app does, the engine plainly
            if (m.args().stream().noneMatch(a -> a instanceof app.goalpost.planning.Money)) {
                assertThat(english).isEqualTo(Messages.english(m));
            }
            String french = GoalpostI18NProvider.translate(m.key(), Locale.FRENCH, m.args().toArray());
            assertThat(french).as(m.key()).doesNotContain("{").doesNotStartWith("!").isNotEqualTo(english);
        }
        Message spend = messages.stream().filter(m -> m.key().equals("plan.extraMediaSpend")).findFirst()
                .orElseThrow();
        assertThat(Messages.english(spend))
                .isEqualTo("Extra media spend: 3,334 more Website visitors at the current cost, 1,667.00 EUR.");
        assertThat(GoalpostI18NProvider.translate(spend.key(), Locale.ENGLISH, spend.args().toArray()))
                .isEqualTo("Extra media spend: 3,334 more Website visitors at the current cost, €1,667.00.");
        assertThat(GoalpostI18NProvider.translate(spend.key(), Locale.FRENCH, spend.args().toArray()))
                .isEqualTo("Dépense média supplémentaire : 3\u202f334 Website visitors de plus au coût actuel, "
                        + "1\u202f667,00\u00a0€.");
        Message rounded = messages.stream().filter(m -> m.key().equals("plan.target.rounded")).findFirst().orElseThrow();
        assertThat(GoalpostI18NProvider.translate(rounded.key(), Locale.FRENCH, rounded.args().toArray()))
                .isEqualTo("Cible : 20,7 Customers, arrondie à 21 Customers entiers (base 18).");
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EngineTextTranslationTest.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
