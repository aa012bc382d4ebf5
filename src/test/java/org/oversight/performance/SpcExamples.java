package org.oversight.performance;

/** The worked example shared by the command-line and API tests, with its JSON in the contract. */
final class SpcExamples {

    /**
     * Five months, 5 7 6 8 4, higher is better, target 0. By hand: centre 30 / 5 = 6; moving ranges
     * 2 1 2 4, mean 2.25; limits 6 ± 2.66 × 2.25 = 0.015 and 11.985 (trial: fewer than 12 points);
     * no rule flags a point, so the variation is common cause; the target 0 is below the lower limit,
     * so every expected value passes it: consistent pass.
     */
    static final String CSV = "period,value\n2024-01,5\n2024-02,7\n2024-03,6\n2024-04,8\n2024-05,4\n";

    static final String REQUEST =
            """
            {"direction":"increase","target":0,"points":[
              {"period":"2024-01","value":5},{"period":"2024-02","value":7},{"period":"2024-03","value":6},
              {"period":"2024-04","value":8},{"period":"2024-05","value":4}]}
            """;

    /** The JSON, numbers written as Java (and Jackson) write doubles, unrounded. */
    static final String JSON = "{\"centre\":6.0,\"lowerLimit\":" + (6.0 - 2.66 * 2.25) + ",\"upperLimit\":"
            + (6.0 + 2.66 * 2.25) + ",\"trial\":true,\"variation\":\"common_cause\",\"assurance\":\"consistent_pass\","
            + "\"points\":["
            + "{\"period\":\"2024-01\",\"value\":5.0,\"pointType\":\"common_cause\"},"
            + "{\"period\":\"2024-02\",\"value\":7.0,\"pointType\":\"common_cause\"},"
            + "{\"period\":\"2024-03\",\"value\":6.0,\"pointType\":\"common_cause\"},"
            + "{\"period\":\"2024-04\",\"value\":8.0,\"pointType\":\"common_cause\"},"
            + "{\"period\":\"2024-05\",\"value\":4.0,\"pointType\":\"common_cause\"}]}";

    /**
     * A baseline of six months alternating 11 and 10 (centre 10.5, limits 7.84 and 13.16), fixed,
     * then seven months above the centre: a shift, special cause improvement when higher is better.
     */
    static final String SHIFT_CSV = "period,value\n"
            + "2023-07,11\n2023-08,10\n2023-09,11\n2023-10,10\n2023-11,11\n2023-12,10\n"
            + "2024-01,11\n2024-02,10\n2024-03,11\n2024-04,10\n2024-05,11\n2024-06,10\n"
            + "2024-07,11\n2024-08,11.5\n2024-09,11\n2024-10,11.5\n2024-11,11\n2024-12,11.5\n2025-01,11\n";

    private SpcExamples() {}
}
