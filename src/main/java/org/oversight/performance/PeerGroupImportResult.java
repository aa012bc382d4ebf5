package org.oversight.performance;

/**
 * What a peer group import stored.
 *
 * @param fileName the file's name
 * @param versions the group versions in the file (each replaces a stored one with the same group and date)
 * @param members the member rows
 */
public record PeerGroupImportResult(String fileName, int versions, int members) {}
