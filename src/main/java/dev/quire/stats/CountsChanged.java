package dev.quire.stats;

public record CountsChanged(long workId) {}
