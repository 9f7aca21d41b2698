// Tests for RemoImaging; one file per subject, named <Subject>Tests.swift.
