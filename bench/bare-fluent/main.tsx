// The bundle-size baseline: the smallest useful Fluent UI v9 page (FluentProvider + Input +
// Table), built by the same Vite in the same run as the tabs.
import {
  FluentProvider,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  teamsLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

const rows = [
  { name: "Lärcenter Falköping", region: "Skaraborg" },
  { name: "Uddevalla Vuxenutbildning", region: "Fyrbodal" },
];

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={teamsLightTheme}>
    <Input aria-label="Sök" placeholder="Sök" />
    <Table aria-label="Medlemmar">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Namn</TableHeaderCell>
          <TableHeaderCell>Delregion</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.name}>
            <TableCell>{row.name}</TableCell>
            <TableCell>{row.region}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </FluentProvider>,
);
