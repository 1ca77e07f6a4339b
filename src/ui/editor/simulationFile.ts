/**
 * Keeps a file of the page's simulation equal to the editor's text (the `file` prop, used on lab pages), so a
 * learner who fixes the document in the editor and then runs `--cli-input-json file://orders-api.json` in the
 * terminal registers what they see. The simulation loads only when a write is needed.
 */
const getSimulation = async () => (await import('../sim-store.ts')).getSimulation();

/** Writes `text` to the simulation file `name` unless it already holds it; never throws (a failed load leaves the file as it was). */
export async function mirrorToSimulationFile(name: string, text: string): Promise<void> {
  try {
    const sim = await getSimulation();
    if (sim.handle.files.read(name) !== text) sim.handle.files.write(name, text);
  } catch {
    // The simulator could not load (offline): Register in the editor still says why; the file keeps its text.
  }
}
