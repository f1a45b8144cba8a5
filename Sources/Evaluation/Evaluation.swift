public enum EvaluationModule {}
