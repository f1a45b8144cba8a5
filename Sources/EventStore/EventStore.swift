import GRDB
public enum EventStoreModule {}
