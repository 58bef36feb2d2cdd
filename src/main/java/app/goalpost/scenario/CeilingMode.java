package app.goalpost.scenario;

/** Upper bounds on the rates a scenario may ask for: only 100%, or the benchmark's high point. */
public enum CeilingMode { NONE, BENCHMARK_HIGH }
