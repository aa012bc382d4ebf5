package org.oversight.force;

/** A force data.police.uk publishes data for: its slug and its name. */
public record KnownForce(String slug, String name) {}
