/** One column of a data table (a chart's table, the cost-items table, a CSV export). */
export interface TableColumn {
  key: string;
  label: string;
  /** Right-align numbers. */
  numeric?: boolean;
}
