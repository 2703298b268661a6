/** A content file and the name it was read from, so errors can name the file. */
export interface Named<T> {
  file: string;
  data: T;
}
