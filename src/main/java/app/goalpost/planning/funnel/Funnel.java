package app.goalpost.planning.funnel;

import app.goalpost.planning.Message;
import app.goalpost.planning.Money;
import app.goalpost.planning.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An ordered list of at least two stages with the derived metrics of the method: step conversion rates, overall
 * conversion, CPA per stage and cost per customer. Immutable; derived values are computed on demand (cheap).
 */
public record Funnel(List<Stage> stages) {

    public Funnel {
        stages = List.copyOf(stages);
        if (stages.size() < 2) {
            throw new IllegalArgumentException("a funnel needs at least 2 stages, got " + stages.size());
        }
        Currency c = null;
        for (Stage s : stages) {
            if (s.spend().isPresent()) {
                Currency sc = s.spend().get().currency();
                if (c != null && !c.equals(sc)) {
                    throw new IllegalArgumentException("all spend must be in one currency: " + c + " vs " + sc);
                }
                c = sc;
            }
        }
    }

    public static Funnel of(Stage... stages) {
        return new Funnel(List.of(stages));
    }

    public int size() {
        return stages.size();
    }

    /** Number of conversion steps (size − 1). */
    public int steps() {
        return stages.size() - 1;
    }

    public Stage stage(int index) {
        return stages.get(index);
    }

    public double volume(int index) {
        return stages.get(index).volume();
    }

    public int last() {
        return stages.size() - 1;
    }

    /** Conversion rate of step i = volume(i + 1) / volume(i); no data when volume(i) = 0. */
    public Rate rate(int step) {
        Objects.checkIndex(step, steps());
        return Rate.ratio(volume(step + 1), volume(step));
    }

    public List<Rate> rates() {
        List<Rate> r = new ArrayList<>(steps());
        for (int i = 0; i < steps(); i++) {
            r.add(rate(i));
        }
        return r;
    }

    /** Last stage volume / first stage volume; no data when the first stage is 0. */
    public Rate overallRate() {
        return Rate.ratio(volume(last()), volume(0));
    }

    /** Currency of the attributed spend, if any stage has spend. */
    public Optional<Currency> currency() {
        return stages.stream().flatMap(s -> s.spend().stream()).map(Money::currency).findFirst();
    }

    /** CPA of a stage = its attributed spend / its volume; empty without spend or with volume 0. */
    public Optional<Money> cpa(int index) {
        Stage s = stages.get(index);
        return s.volume() > 0 ? s.spend().map(m -> m.per(s.volume())) : Optional.empty();
    }

    /** Sum of all attributed spend; empty when no stage has spend. */
    public Optional<Money> totalSpend() {
        return stages.stream().flatMap(s -> s.spend().stream()).reduce(Money::plus);
    }

    /**
     * Cost per customer = total attributed spend (all stages: media, SDR, events...) / last-stage volume.
     * Differs from {@code cpa(last())}, which only uses the spend attributed to the last stage itself.
     */
    public Optional<Money> costPerCustomer() {
        double v = volume(last());
        return v > 0 ? totalSpend().map(m -> m.per(v)) : Optional.empty();
    }

    /** Index of the first stage with volume 0, if any (everything downstream of it is undefined). */
    public OptionalInt firstZeroStage() {
        for (int i = 0; i < stages.size(); i++) {
            if (volume(i) == 0) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The first stage with volume 0 between the input of {@code step} and {@code stage} (both included), if any.
     * A lift of that step cannot reach the stage through it: a multiplier on 0 stays 0. The planner refuses such a
     * lever and the lever analysis does not rank it, by this one rule, so the two always agree.
     */
    public OptionalInt blockingStage(int step, int stage) {
        Objects.checkIndex(step, steps());
        for (int i = step; i <= stage && i < stages.size(); i++) {
            if (volume(i) == 0) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Warnings in stage order: zero volumes, undefined rates, rates above 100%. */
    public List<FunnelWarning> warnings() {
        List<FunnelWarning> w = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            if (s.volume() == 0) {
                w.add(new FunnelWarning(FunnelWarning.Code.ZERO_VOLUME, i,
                        Message.of(FunnelWarning.Code.ZERO_VOLUME.messageKey(), s.name())));
            }
            if (i < steps()) {
                Rate r = rate(i);
                String to = stages.get(i + 1).name();
                if (!r.isDefined()) {
                    w.add(new FunnelWarning(FunnelWarning.Code.RATE_UNDEFINED, i,
                            Message.of(FunnelWarning.Code.RATE_UNDEFINED.messageKey(), s.name(), to)));
                } else if (r.value() > 1.0) {
                    w.add(new FunnelWarning(FunnelWarning.Code.RATE_ABOVE_100, i,
                            Message.of(FunnelWarning.Code.RATE_ABOVE_100.messageKey(), s.name(), to, r.value())));
                }
            }
        }
        return List.copyOf(w);
    }

    /** A copy with new volumes (same names, keys and spend). */
    public Funnel withVolumes(double[] volumes) {
        if (volumes.length != stages.size()) {
            throw new IllegalArgumentException("expected " + stages.size() + " volumes, got " + volumes.length);
        }
        List<Stage> s = new ArrayList<>(stages.size());
        for (int i = 0; i < volumes.length; i++) {
            s.add(stages.get(i).withVolume(volumes[i]));
        }
        return new Funnel(s);
    }

    /** A copy with every spend multiplied by {@code factor} (used to check that money scales linearly). */
    public Funnel withMoneyScaled(BigDecimal factor) {
        List<Stage> s = new ArrayList<>(stages.size());
        for (Stage st : stages) {
            s.add(new Stage(st.name(), st.benchmarkKey(), st.volume(), st.spend().map(m -> m.times(factor))));
        }
        return new Funnel(s);
    }

    /** Index of the stage with this benchmark key, if any. */
    public OptionalInt indexOfKey(String key) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).benchmarkKey().filter(key::equals).isPresent()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
