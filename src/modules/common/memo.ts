/**
 * Remembers a pure string function's answers. The directory's texts are a
 * fixed set that only a reload changes, and search folds and sort keys of the
 * same names on every request: profiling `search(query: "бөлім")` found
 * three quarters of its time in folding the same candidates' names again
 * (README "Speed"). At most `limit` answers are kept; when full, the memory
 * starts over, which costs one recomputation per text and never grows.
 */
export function memoized(compute: (text: string) => string, limit = 100_000): (text: string) => string {
  let answers = new Map<string, string>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = compute(text);
      if (answers.size >= limit) answers = new Map();
      answers.set(text, answer);
    }
    return answer;
  };
}
