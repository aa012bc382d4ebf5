/**
 * Reports: documents built once and kept for ever. Other modules (the Board report, publications and
 * annual statements) build a {@link org.oversight.reports.Document} with its
 * {@link org.oversight.reports.Provenance} and ask {@link org.oversight.reports.ReportsApi} to store it
 * as a draft snapshot, edit its narrative, freeze it (immutable, with a SHA-256), supersede it with a
 * corrected version, approve it, and render it from storage as HTML, PDF (tagged PDF/UA) or Word.
 * See docs/reports.md and ADR 0018.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.oversight.reports;
