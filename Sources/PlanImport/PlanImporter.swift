// Placeholder: the plan-text importer (issue 3) is being written.
public enum PlanImporter {}
