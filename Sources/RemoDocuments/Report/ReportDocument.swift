/// What the report layout prints: the words are the caller's (already in the
/// reader's language), the layout only places them.
///
/// One ``Section`` per account: a title block, a summary, then a table whose
/// columns are the document's. ``ReportLayout`` draws it on A4 pages.
public struct ReportDocument: Sendable {
    /// A table column: its header, its share of the table's width and how its cells line up.
    public struct Column: Hashable, Sendable {
        /// How a column's cells line up.
        public enum Alignment: Hashable, Sendable {
            case leading, trailing
        }

        public var header: String
        /// The column's share of the table width, against the other columns' weights.
        public var weight: Double
        public var alignment: Alignment

        public init(header: String, weight: Double, alignment: Alignment = .leading) {
            self.header = header
            self.weight = weight
            self.alignment = alignment
        }
    }

    /// How much a row needs the reader's attention.
    public enum Emphasis: Hashable, Sendable {
        case none
        /// Tinted amber (expiring soon).
        case caution
        /// Tinted red (not covered).
        case alert
    }

    /// A table row: one cell per column.
    public struct Row: Hashable, Sendable {
        public var cells: [String]
        public var emphasis: Emphasis

        public init(cells: [String], emphasis: Emphasis = .none) {
            self.cells = cells
            self.emphasis = emphasis
        }
    }

    /// One part of the document, starting on a new page: a title block, a
    /// summary and a table.
    public struct Section: Hashable, Sendable {
        /// The big title (the report's name).
        public var title: String
        /// The lines under the title (customer, partner, date).
        public var details: [String]
        /// The summary's heading and lines (counts, statuses, the legend).
        public var summaryHeading: String
        public var summary: [String]
        /// The table's rows.
        public var rows: [Row]
        /// What to print instead of the table when it has no rows.
        public var emptyNote: String
        /// The line in every page's footer (the report, the customer, the date).
        public var footer: String

        public init(
            title: String, details: [String], summaryHeading: String, summary: [String], rows: [Row], emptyNote: String,
            footer: String
        ) {
            self.title = title
            self.details = details
            self.summaryHeading = summaryHeading
            self.summary = summary
            self.rows = rows
            self.emptyNote = emptyNote
            self.footer = footer
        }
    }

    /// The document's title, in the PDF's metadata.
    public var title: String
    public var columns: [Column]
    /// How many leading columns group the rows (site, recorder): a cell equal
    /// to the one above it on the same page is left blank.
    public var groupColumns: Int
    public var sections: [Section]
    /// The page number, as "page N of M" reads in the reader's language.
    public var pageLabel: @Sendable (_ page: Int, _ pages: Int) -> String

    public init(
        title: String, columns: [Column], groupColumns: Int = 0, sections: [Section],
        pageLabel: @escaping @Sendable (_ page: Int, _ pages: Int) -> String
    ) {
        self.title = title
        self.columns = columns
        self.groupColumns = groupColumns
        self.sections = sections
        self.pageLabel = pageLabel
    }
}
