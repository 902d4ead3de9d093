import {
  type ColumnDef,
  createColumnHelper,
  type RowData,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';

/** The features the simple staff tables use; the story list builds its own richer table. */
export const basicFeatures = tableFeatures({});
export type BasicFeatures = typeof basicFeatures;

export function basicColumnHelper<Row extends RowData>() {
  return createColumnHelper<BasicFeatures, Row>();
}

interface DataTableProps<Row extends RowData> {
  caption: string;
  // biome-ignore lint/suspicious/noExplicitAny: columns of one table hold values of different types
  columns: ReadonlyArray<ColumnDef<BasicFeatures, Row, any>>;
  data: Row[];
  getRowId: (row: Row) => string;
  emptyMessage: string;
}

/** A plain accessible table: caption, header cells with scope, one row per item. */
export function DataTable<Row extends RowData>({
  caption,
  columns,
  data,
  getRowId,
  emptyMessage,
}: DataTableProps<Row>) {
  const table = useTable({ features: basicFeatures, columns, data, getRowId: (row) => getRowId(row) });
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col">
                {header.isPlaceholder ? null : <table.FlexRender header={header} />}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="empty">
              {emptyMessage}
            </td>
          </tr>
        ) : (
          table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
