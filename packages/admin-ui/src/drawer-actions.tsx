import { Button, Drawer } from "@medusajs/ui"

/** A drawer form's footer: close without saving, or submit (`danger` for what cannot be taken back lightly). */
export const DrawerActions = ({ submit, isPending, danger }: { submit: string; isPending: boolean; danger?: boolean }) => (
  <Drawer.Footer>
    <Drawer.Close asChild>
      <Button variant="secondary" size="small" type="button">
        Cancel
      </Button>
    </Drawer.Close>
    <Button variant={danger ? "danger" : "primary"} size="small" type="submit" isLoading={isPending}>
      {submit}
    </Button>
  </Drawer.Footer>
)
