package app.goalpost.scenario;

/** How a scenario states its business goal: +x% on a stage, a number of units, or revenue with a deal value. */
public enum GoalKind { RELATIVE, ABSOLUTE, REVENUE }
