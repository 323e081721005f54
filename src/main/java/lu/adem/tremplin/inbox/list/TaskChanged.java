package lu.adem.tremplin.inbox.list;

/** A task was created, assigned, completed or deleted (published once the engine's transaction commits). */
public record TaskChanged(String taskId, String event) {}
