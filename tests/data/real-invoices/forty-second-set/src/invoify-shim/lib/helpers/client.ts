// helper shim: newer invoify splits lib/helpers.ts into lib/helpers/{client,server}.ts;
// the same formatNumberWithCommas / isDataUrl functions are re-exported from lib/helpers.ts.
export { formatNumberWithCommas, isDataUrl, formatPriceToString } from "../../../invoify/lib/helpers";
