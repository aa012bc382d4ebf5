package org.oversight.performance;

/**
 * What a population import stored.
 *
 * @param fileName the file's name
 * @param layout the layout recognised: {@code simple} ({@code area,ethnic_group,population}) or
 *     {@code ons-ts021} (the ONS Census 2021 table download)
 * @param rows the figures stored (each replacing one with the same area, ethnic group and source)
 * @param areas the distinct areas
 */
public record PopulationImportResult(String fileName, String layout, int rows, int areas) {}
