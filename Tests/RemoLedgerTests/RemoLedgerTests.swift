// Tests for RemoLedger; one file per subject, named <Subject>Tests.swift.
