/** The end of an options form: its field errors, then Save and Cancel. */
export function FormFooter({ errors, saveLabel, onCancel }: { errors: string[]; saveLabel: string; onCancel: () => void }) {
  return (
    <>
      {errors.length ? (
        <ul className="errors" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <div className="row">
        <button type="submit" className="primary">
          {saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
