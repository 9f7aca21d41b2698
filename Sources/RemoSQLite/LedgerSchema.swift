import GRDB
import RemoCore

/// The database schema as versioned migrations. A shipped migration is never
/// edited: a change is a new migration appended here (docs/ledger.md).
///
/// Constraints make illegal states unstorable, whatever the code above does:
/// triggers raise `remo:<rule>` (a ``RemoLedger/StoreRule``), which the store
/// maps to ``RemoLedger/LedgerStoreError/refused(_:)``.
enum LedgerSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: accounts, stock, licenses, cards, devices, bindings, notices, audit") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2: label batches and the warehouse manifest") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3: recorder registrations") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4: perpetual license type changes") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("security-1: partner users, failed attempts, web sessions, visitors in the audit") { db in
            try db.execute(sql: security1)
        }
        migrator.registerMigration("v5: the ledger's kind (live or simulation)") { db in
            try db.execute(sql: v5)
        }
        migrator.registerMigration("domain-repair: a repaired camera returns to service (issue 21)") { db in
            try db.execute(sql: repair)
        }
        return migrator
    }

    /// Tables v1 keeps append-only with triggers: rows are added, never changed
    /// or deleted. Part of v1: never edit.
    private static let v1AppendOnlyTables = [
        "stockLot", "license", "assignment", "card", "cardRegistration", "replacement", "audit",
    ]

    static let v1 = """
        CREATE TABLE product (
            part TEXT PRIMARY KEY NOT NULL,
            connection TEXT NOT NULL CHECK (connection IN ('edge-storage', 'camera-direct')),
            termYears INTEGER CHECK (termYears IS NULL OR termYears > 0),
            packSize INTEGER NOT NULL CHECK (packSize > 0)
        );

        CREATE TABLE partner (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (name <> ''),
            email TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created DATETIME NOT NULL
        );

        CREATE TABLE customer (
            id INTEGER PRIMARY KEY,
            partnerId INTEGER NOT NULL REFERENCES partner(id),
            name TEXT NOT NULL CHECK (name <> ''),
            email TEXT NOT NULL UNIQUE COLLATE NOCASE,
            timeZone TEXT NOT NULL,
            created DATETIME NOT NULL,
            emailConfirmedAt DATETIME,
            emailConfirmedBy TEXT CHECK (emailConfirmedBy IN ('partner', 'mailed-password')),
            termsVersion TEXT,
            termsAcceptedAt DATETIME,
            handedOverAt DATETIME,
            lastLoginAt DATETIME,
            CHECK ((emailConfirmedAt IS NULL) = (emailConfirmedBy IS NULL)),
            CHECK ((termsVersion IS NULL) = (termsAcceptedAt IS NULL))
        );
        CREATE INDEX customer_partner ON customer(partnerId);
        CREATE TRIGGER customer_fixed BEFORE UPDATE ON customer
        WHEN NEW.id IS NOT OLD.id OR NEW.partnerId IS NOT OLD.partnerId OR NEW.email IS NOT OLD.email
            OR NEW.created IS NOT OLD.created
            OR (OLD.handedOverAt IS NOT NULL AND NEW.handedOverAt IS NOT OLD.handedOverAt)
        BEGIN SELECT RAISE(ABORT, 'remo:customer-fixed'); END;
        CREATE TRIGGER customer_kept BEFORE DELETE ON customer
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        CREATE TRIGGER partner_kept BEFORE DELETE ON partner
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;

        CREATE TABLE credential (
            customerId INTEGER PRIMARY KEY NOT NULL REFERENCES customer(id),
            hash TEXT NOT NULL CHECK (hash LIKE 'scrypt$%'),
            kind TEXT NOT NULL CHECK (kind IN ('temporary', 'initial', 'own')),
            issued DATETIME NOT NULL
        );

        CREATE TABLE sharedUser (
            id INTEGER PRIMARY KEY,
            customerId INTEGER NOT NULL REFERENCES customer(id),
            email TEXT NOT NULL COLLATE NOCASE,
            name TEXT NOT NULL,
            created DATETIME NOT NULL,
            UNIQUE (customerId, email)
        );
        CREATE INDEX sharedUser_email ON sharedUser(email);

        CREATE TABLE stockLot (
            id INTEGER PRIMARY KEY,
            partnerId INTEGER NOT NULL REFERENCES partner(id),
            part TEXT NOT NULL REFERENCES product(part),
            count INTEGER NOT NULL CHECK (count > 0),
            orderRef TEXT,
            addedOn DATE NOT NULL,
            added DATETIME NOT NULL
        );
        CREATE INDEX stockLot_partner ON stockLot(partnerId, part);

        CREATE TABLE card (
            id INTEGER PRIMARY KEY,
            activationId TEXT NOT NULL UNIQUE,
            encryptionHash TEXT NOT NULL CHECK (encryptionHash LIKE 'scrypt$%'),
            part TEXT NOT NULL REFERENCES product(part),
            imported DATETIME NOT NULL
        );

        CREATE TABLE cardRegistration (
            cardId INTEGER PRIMARY KEY NOT NULL REFERENCES card(id),
            customerId INTEGER NOT NULL REFERENCES customer(id),
            registeredOn DATE NOT NULL,
            at DATETIME NOT NULL
        );
        CREATE INDEX cardRegistration_customer ON cardRegistration(customerId);

        CREATE TABLE license (
            id INTEGER PRIMARY KEY,
            part TEXT NOT NULL REFERENCES product(part),
            stockLotId INTEGER REFERENCES stockLot(id),
            cardId INTEGER REFERENCES card(id),
            CHECK ((stockLotId IS NULL) <> (cardId IS NULL))
        );
        CREATE INDEX license_stockLot ON license(stockLotId, part);
        CREATE INDEX license_card ON license(cardId);

        CREATE TABLE assignment (
            licenseId INTEGER PRIMARY KEY NOT NULL REFERENCES license(id),
            customerId INTEGER NOT NULL REFERENCES customer(id),
            assignedOn DATE NOT NULL,
            freeUntil DATE,
            expires DATE,
            at DATETIME NOT NULL,
            CHECK ((freeUntil IS NULL) = (expires IS NULL)),
            CHECK (expires IS NULL OR (assignedOn <= freeUntil AND freeUntil < expires))
        );
        CREATE INDEX assignment_customer ON assignment(customerId);
        CREATE TRIGGER assignment_own_customer BEFORE INSERT ON assignment
        WHEN (SELECT s.partnerId FROM license l JOIN stockLot s ON s.id = l.stockLotId WHERE l.id = NEW.licenseId)
                IS NOT (SELECT partnerId FROM customer WHERE id = NEW.customerId)
            AND (SELECT stockLotId FROM license WHERE id = NEW.licenseId) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'remo:assignment-own-customer'); END;
        CREATE TRIGGER assignment_card_account BEFORE INSERT ON assignment
        WHEN (SELECT cardId FROM license WHERE id = NEW.licenseId) IS NOT NULL
            AND (SELECT r.customerId FROM license l JOIN cardRegistration r ON r.cardId = l.cardId
                 WHERE l.id = NEW.licenseId) IS NOT NEW.customerId
        BEGIN SELECT RAISE(ABORT, 'remo:binding-in-account'); END;

        CREATE TABLE site (
            id INTEGER PRIMARY KEY,
            customerId INTEGER NOT NULL REFERENCES customer(id),
            name TEXT NOT NULL CHECK (name <> ''),
            UNIQUE (customerId, name)
        );

        CREATE TABLE recorder (
            id INTEGER PRIMARY KEY,
            customerId INTEGER NOT NULL REFERENCES customer(id),
            siteId INTEGER NOT NULL REFERENCES site(id),
            serial TEXT NOT NULL UNIQUE,
            model TEXT NOT NULL,
            deviceId TEXT,
            addedOn DATE NOT NULL
        );
        CREATE INDEX recorder_customer ON recorder(customerId);

        CREATE TABLE camera (
            id INTEGER PRIMARY KEY,
            customerId INTEGER NOT NULL REFERENCES customer(id),
            siteId INTEGER NOT NULL REFERENCES site(id),
            recorderId INTEGER REFERENCES recorder(id),
            connection TEXT NOT NULL CHECK (connection IN ('edge-storage', 'camera-direct')),
            name TEXT NOT NULL,
            addedOn DATE NOT NULL,
            failedOn DATE,
            CHECK (recorderId IS NULL OR connection = 'edge-storage'),
            CHECK (failedOn IS NULL OR failedOn >= addedOn)
        );
        CREATE INDEX camera_customer ON camera(customerId);
        CREATE TRIGGER camera_in_account BEFORE INSERT ON camera
        WHEN (SELECT customerId FROM site WHERE id = NEW.siteId) IS NOT NEW.customerId
            OR (NEW.recorderId IS NOT NULL
                AND (SELECT customerId FROM recorder WHERE id = NEW.recorderId) IS NOT NEW.customerId)
        BEGIN SELECT RAISE(ABORT, 'remo:camera-fixed'); END;
        CREATE TRIGGER camera_fixed BEFORE UPDATE ON camera
        WHEN NEW.id IS NOT OLD.id OR NEW.customerId IS NOT OLD.customerId OR NEW.connection IS NOT OLD.connection
            OR NEW.addedOn IS NOT OLD.addedOn OR (OLD.failedOn IS NOT NULL AND NEW.failedOn IS NOT OLD.failedOn)
        BEGIN SELECT RAISE(ABORT, 'remo:camera-fixed'); END;
        CREATE TRIGGER camera_kept BEFORE DELETE ON camera
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;

        CREATE TABLE binding (
            id INTEGER PRIMARY KEY,
            licenseId INTEGER NOT NULL REFERENCES license(id),
            cameraId INTEGER NOT NULL REFERENCES camera(id),
            boundOn DATE NOT NULL,
            unboundOn DATE,
            method TEXT NOT NULL
                CHECK (method IN ('registration', 'automatic', 'manual', 'move', 'reapplication')),
            at DATETIME NOT NULL,
            CHECK (unboundOn IS NULL OR unboundOn >= boundOn)
        );
        CREATE UNIQUE INDEX binding_current ON binding(licenseId) WHERE unboundOn IS NULL;
        CREATE INDEX binding_license ON binding(licenseId);
        CREATE INDEX binding_camera ON binding(cameraId);
        CREATE TRIGGER binding_in_account BEFORE INSERT ON binding
        WHEN (SELECT customerId FROM assignment WHERE licenseId = NEW.licenseId)
            IS NOT (SELECT customerId FROM camera WHERE id = NEW.cameraId)
        BEGIN SELECT RAISE(ABORT, 'remo:binding-in-account'); END;
        CREATE TRIGGER binding_connection BEFORE INSERT ON binding
        WHEN (SELECT p.connection FROM license l JOIN product p ON p.part = l.part WHERE l.id = NEW.licenseId)
            IS NOT (SELECT connection FROM camera WHERE id = NEW.cameraId)
        BEGIN SELECT RAISE(ABORT, 'remo:binding-connection'); END;
        CREATE TRIGGER binding_ends_once BEFORE UPDATE ON binding
        WHEN OLD.unboundOn IS NOT NULL OR NEW.unboundOn IS NULL OR NEW.id IS NOT OLD.id
            OR NEW.licenseId IS NOT OLD.licenseId OR NEW.cameraId IS NOT OLD.cameraId
            OR NEW.boundOn IS NOT OLD.boundOn OR NEW.method IS NOT OLD.method OR NEW.at IS NOT OLD.at
        BEGIN SELECT RAISE(ABORT, 'remo:binding-ends-once'); END;
        CREATE TRIGGER binding_kept BEFORE DELETE ON binding
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;

        CREATE TABLE replacement (
            failedCameraId INTEGER PRIMARY KEY NOT NULL REFERENCES camera(id),
            replacementCameraId INTEGER NOT NULL UNIQUE REFERENCES camera(id),
            licenseId INTEGER NOT NULL REFERENCES license(id),
            day DATE NOT NULL,
            at DATETIME NOT NULL,
            CHECK (failedCameraId <> replacementCameraId)
        );

        CREATE TABLE notice (
            id INTEGER PRIMARY KEY,
            licenseId INTEGER NOT NULL REFERENCES license(id),
            audience TEXT NOT NULL CHECK (audience IN ('partner', 'customer')),
            daysBefore INTEGER NOT NULL CHECK (daysBefore > 0),
            expires DATE NOT NULL,
            dueOn DATE NOT NULL,
            recipient TEXT NOT NULL,
            queuedOn DATE NOT NULL,
            queuedAt DATETIME NOT NULL,
            writtenAt DATETIME,
            UNIQUE (licenseId, audience, daysBefore, expires)
        );
        CREATE INDEX notice_written ON notice(writtenAt);
        CREATE TRIGGER notice_fixed BEFORE UPDATE ON notice
        WHEN OLD.writtenAt IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.licenseId IS NOT OLD.licenseId
            OR NEW.audience IS NOT OLD.audience OR NEW.daysBefore IS NOT OLD.daysBefore
            OR NEW.expires IS NOT OLD.expires OR NEW.dueOn IS NOT OLD.dueOn OR NEW.recipient IS NOT OLD.recipient
            OR NEW.queuedOn IS NOT OLD.queuedOn OR NEW.queuedAt IS NOT OLD.queuedAt
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        CREATE TRIGGER notice_kept BEFORE DELETE ON notice
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;

        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at DATETIME NOT NULL,
            day DATE NOT NULL,
            actorKind TEXT NOT NULL CHECK (actorKind IN ('operator', 'partner', 'customer', 'shared-user')),
            actor TEXT NOT NULL,
            onBehalfOf TEXT,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            partnerId INTEGER REFERENCES partner(id),
            customerId INTEGER REFERENCES customer(id),
            before TEXT,
            after TEXT
        );
        CREATE INDEX audit_partner ON audit(partnerId);
        CREATE INDEX audit_customer ON audit(customerId);
        CREATE INDEX audit_day ON audit(day);
        """
        + v1AppendOnlyTables.map { table in
            """

            CREATE TRIGGER \(table)_append_only_update BEFORE UPDATE ON \(table)
            BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
            CREATE TRIGGER \(table)_append_only_delete BEFORE DELETE ON \(table)
            BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
            """
        }.joined()

    /// The warehouse manifest (issue 5): label batches, and one entry per unit
    /// label with its claim code's hash, never the code. A unit has one current
    /// entry (the unique partial index); a reissue revokes it and adds the next
    /// generation. Entries are never deleted; a revocation and the moment the
    /// label's files were finished are set once. Part of v2: never edit.
    static let v2 = """
        CREATE TABLE labelBatch (
            id INTEGER PRIMARY KEY,
            madeOn DATE NOT NULL,
            at DATETIME NOT NULL,
            source TEXT NOT NULL,
            layout TEXT NOT NULL,
            keyId TEXT NOT NULL CHECK (length(keyId) = 16)
        );
        CREATE TRIGGER labelBatch_append_only_update BEFORE UPDATE ON labelBatch
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        CREATE TRIGGER labelBatch_append_only_delete BEFORE DELETE ON labelBatch
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;

        CREATE TABLE labelEntry (
            id INTEGER PRIMARY KEY,
            batchId INTEGER NOT NULL REFERENCES labelBatch(id),
            serial TEXT NOT NULL CHECK (serial <> ''),
            model TEXT NOT NULL CHECK (model <> ''),
            deviceId TEXT NOT NULL CHECK (deviceId <> ''),
            produced TEXT NOT NULL CHECK (produced >= '2024-07'),
            generation INTEGER NOT NULL CHECK (generation >= 1),
            claimHash TEXT NOT NULL CHECK (claimHash LIKE 'sha256:%' AND length(claimHash) = 71),
            line INTEGER NOT NULL,
            revokedBy INTEGER REFERENCES labelBatch(id),
            revokedOn DATE,
            revokedAt DATETIME,
            written DATETIME,
            CHECK ((revokedBy IS NULL) = (revokedAt IS NULL) AND (revokedOn IS NULL) = (revokedAt IS NULL)),
            UNIQUE (serial, generation)
        );
        CREATE UNIQUE INDEX labelEntry_current ON labelEntry(serial) WHERE revokedAt IS NULL;
        CREATE INDEX labelEntry_batch ON labelEntry(batchId);
        CREATE TRIGGER labelEntry_next_generation BEFORE INSERT ON labelEntry
        WHEN NEW.generation IS NOT COALESCE((SELECT MAX(generation) FROM labelEntry WHERE serial = NEW.serial), 0) + 1
        BEGIN SELECT RAISE(ABORT, 'remo:unit-labeled-once'); END;
        CREATE TRIGGER labelEntry_fixed BEFORE UPDATE ON labelEntry
        WHEN NEW.id IS NOT OLD.id OR NEW.batchId IS NOT OLD.batchId OR NEW.serial IS NOT OLD.serial
            OR NEW.model IS NOT OLD.model OR NEW.deviceId IS NOT OLD.deviceId OR NEW.produced IS NOT OLD.produced
            OR NEW.generation IS NOT OLD.generation OR NEW.claimHash IS NOT OLD.claimHash OR NEW.line IS NOT OLD.line
            OR (OLD.revokedAt IS NOT NULL AND (NEW.revokedAt IS NOT OLD.revokedAt
                OR NEW.revokedBy IS NOT OLD.revokedBy OR NEW.revokedOn IS NOT OLD.revokedOn))
            OR (OLD.written IS NOT NULL AND NEW.written IS NOT OLD.written)
        BEGIN SELECT RAISE(ABORT, 'remo:manifest-fixed'); END;
        CREATE TRIGGER labelEntry_kept BEFORE DELETE ON labelEntry
        BEGIN SELECT RAISE(ABORT, 'remo:manifest-fixed'); END;
        """

    /// How, when and by whom each recorder was registered (issue 6): one row per
    /// recorder, added with it, never changed or deleted. Part of v3: never edit.
    static let v3 = """
        CREATE TABLE registration (
            recorderId INTEGER PRIMARY KEY NOT NULL REFERENCES recorder(id),
            method TEXT NOT NULL CHECK (method IN ('photo', 'code', 'serial')),
            actor TEXT NOT NULL CHECK (actor <> ''),
            registeredOn DATE NOT NULL,
            at DATETIME NOT NULL
        );
        CREATE TRIGGER registration_append_only_update BEFORE UPDATE ON registration
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        CREATE TRIGGER registration_append_only_delete BEFORE DELETE ON registration
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        CREATE INDEX camera_recorder ON camera(recorderId);
        CREATE INDEX assignment_binding_order ON assignment(customerId, assignedOn, expires, licenseId);
        """

    /// A type change undoes a perpetual license's binding (the license goes back
    /// to the account unused) and binds a term license to the camera instead.
    /// Append-only; each binding is undone at most once. Part of v4: never edit.
    static let v4 = """
        CREATE TABLE typeChange (
            undoneBindingId INTEGER PRIMARY KEY NOT NULL REFERENCES binding(id),
            bindingId INTEGER NOT NULL UNIQUE REFERENCES binding(id),
            day DATE NOT NULL,
            at DATETIME NOT NULL,
            CHECK (undoneBindingId <> bindingId)
        );
        CREATE TRIGGER typeChange_append_only_update BEFORE UPDATE ON typeChange
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        CREATE TRIGGER typeChange_append_only_delete BEFORE DELETE ON typeChange
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        """

    /// The ledger's kind, one row, set when the ledger is made and never
    /// changed; a ledger made before v5 is live. The latest change is the latest
    /// day in the audit log, found through v1's index `audit_day`.
    static let v5 = """
        CREATE TABLE ledger (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            kind TEXT NOT NULL CHECK (kind IN ('live', 'simulation'))
        );
        INSERT INTO ledger (id, kind) VALUES (1, 'live');
        CREATE TRIGGER ledger_kind_fixed BEFORE UPDATE ON ledger
        WHEN (SELECT count(*) FROM audit) > 0
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        CREATE TRIGGER ledger_kept BEFORE DELETE ON ledger
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        """

    /// A failed camera back from repair returns to service with its perpetual
    /// license re-applied (issue 21 item 2): a `repair` row per repair,
    /// append-only, and `camera_fixed` replaced by a trigger that lets a failure
    /// day be cleared only by a repair of that failure. Never edit.
    static let repair = """
        CREATE TABLE repair (
            id INTEGER PRIMARY KEY,
            cameraId INTEGER NOT NULL REFERENCES camera(id),
            failedOn DATE NOT NULL,
            licenseId INTEGER NOT NULL REFERENCES license(id),
            day DATE NOT NULL CHECK (day >= failedOn),
            at DATETIME NOT NULL,
            UNIQUE (cameraId, failedOn)
        );
        CREATE TRIGGER repair_append_only_update BEFORE UPDATE ON repair
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        CREATE TRIGGER repair_append_only_delete BEFORE DELETE ON repair
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        DROP TRIGGER camera_fixed;
        CREATE TRIGGER camera_fixed_unless_repaired BEFORE UPDATE ON camera
        WHEN NEW.id IS NOT OLD.id OR NEW.customerId IS NOT OLD.customerId OR NEW.connection IS NOT OLD.connection
            OR NEW.addedOn IS NOT OLD.addedOn
            OR (OLD.failedOn IS NOT NULL AND NEW.failedOn IS NOT OLD.failedOn
                AND NOT (NEW.failedOn IS NULL
                    AND EXISTS (SELECT 1 FROM repair WHERE cameraId = OLD.id AND failedOn = OLD.failedOn)))
        BEGIN SELECT RAISE(ABORT, 'remo:camera-fixed'); END;
        """
}

extension LedgerSchema {
    /// Partner users (a login with a role for a partner), the failed attempts
    /// the attempt limits count, web sessions (by their token's SHA-256), and
    /// the audit log rebuilt to name a `visitor` (a failed login) as an actor:
    /// the same columns, rows, indexes and append-only triggers. Never edit.
    static let security1 = """
        CREATE TABLE partnerUser (
            id INTEGER PRIMARY KEY,
            partnerId INTEGER NOT NULL REFERENCES partner(id),
            email TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL CHECK (role IN ('admin', 'installer')),
            hash TEXT NOT NULL CHECK (hash LIKE 'scrypt$%'),
            created DATETIME NOT NULL
        );
        CREATE INDEX partnerUser_partner ON partnerUser(partnerId);
        CREATE TRIGGER partnerUser_kept BEFORE DELETE ON partnerUser
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        CREATE TRIGGER partnerUser_fixed BEFORE UPDATE ON partnerUser
        WHEN NEW.id IS NOT OLD.id OR NEW.partnerId IS NOT OLD.partnerId OR NEW.email IS NOT OLD.email
            OR NEW.created IS NOT OLD.created
        BEGIN SELECT RAISE(ABORT, 'remo:customer-fixed'); END;

        CREATE TABLE failedAttempt (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('login', 'claim-code', 'encryption-id')),
            account TEXT NOT NULL,
            address TEXT NOT NULL,
            at DATETIME NOT NULL
        );
        CREATE INDEX failedAttempt_account ON failedAttempt(kind, account, at);
        CREATE INDEX failedAttempt_address ON failedAttempt(kind, address, at);
        CREATE INDEX failedAttempt_at ON failedAttempt(at);

        CREATE TABLE webSession (
            tokenHash TEXT PRIMARY KEY NOT NULL CHECK (length(tokenHash) = 64),
            email TEXT NOT NULL,
            role TEXT NOT NULL,
            partner TEXT,
            language TEXT,
            created DATETIME NOT NULL,
            lastUsed DATETIME NOT NULL
        );
        CREATE INDEX webSession_lastUsed ON webSession(lastUsed);

        CREATE TABLE auditWithVisitors (
            id INTEGER PRIMARY KEY,
            at DATETIME NOT NULL,
            day DATE NOT NULL,
            actorKind TEXT NOT NULL CHECK (actorKind IN ('operator', 'partner', 'customer', 'shared-user', 'visitor')),
            actor TEXT NOT NULL,
            onBehalfOf TEXT,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            partnerId INTEGER REFERENCES partner(id),
            customerId INTEGER REFERENCES customer(id),
            before TEXT,
            after TEXT
        );
        INSERT INTO auditWithVisitors SELECT id, at, day, actorKind, actor, onBehalfOf, action, subject, partnerId,
            customerId, before, after FROM audit;
        DROP TABLE audit;
        ALTER TABLE auditWithVisitors RENAME TO audit;
        CREATE INDEX audit_partner ON audit(partnerId);
        CREATE INDEX audit_customer ON audit(customerId);
        CREATE INDEX audit_day ON audit(day);
        CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'remo:append-only'); END;
        """
}
