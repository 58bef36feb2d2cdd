package app.goalpost.scenario;

/** Which levers a scenario moves: one rate, top-of-funnel volume, several rates with weights, or a mix. */
public enum LeverKind { ONE_RATE, VOLUME, RATES, MIX }
