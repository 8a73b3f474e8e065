package dev.regionstack.fleet.model;

/** Whether rolling out an environment waits for a person ({@code MANUAL}) or not ({@code AUTO}). */
public enum Approval { AUTO, MANUAL }
