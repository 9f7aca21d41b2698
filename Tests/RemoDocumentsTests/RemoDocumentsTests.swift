// Tests for RemoDocuments; one file per subject, named <Subject>Tests.swift.
