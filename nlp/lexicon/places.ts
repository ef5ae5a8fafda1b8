/**
 * Countries, regions and cities that stand before product words in news ("the Taiwan chip
 * contractor", "Shenzhen-based", "US chips") without naming a product. Lower-case alternatives for
 * case-insensitive use.
 */
export const PLACE_WORDS =
  'china|taiwan|japan|korea|india|europe|america|usa|us|uk|eu|germany|france|britain|canada|israel|singapore|vietnam|malaysia|russia|beijing|shanghai|shenzhen|hangzhou|hong kong|washington|california|texas|silicon valley';
