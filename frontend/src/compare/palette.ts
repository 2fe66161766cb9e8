// Series styles: a colour and a dash pattern each, so two series differ in more than
// colour (readable in grey and by colour-blind users). Colours from the Okabe-Ito set.
const COLOURS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"];
const DASHES = ["", "6 3", "2 2", "8 3 2 3", "1 3"];

export interface SeriesStyle {
  stroke: string;
  strokeDasharray: string;
}

export function seriesStyle(index: number): SeriesStyle {
  return {
    stroke: COLOURS[index % COLOURS.length] ?? "#000000",
    strokeDasharray: DASHES[index % DASHES.length] ?? "",
  };
}
