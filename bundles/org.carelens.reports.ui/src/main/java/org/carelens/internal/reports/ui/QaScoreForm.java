package org.carelens.internal.reports.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.carelens.core.api.qa.QaCriterion;
import org.carelens.reports.core.QaAnswers;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The scorecard form of the QA Reviews view: one row per criterion (its name, points, a mark on critical ones, pass
 * or fail), the running score, the comment and the reviewer. It only renders {@link QaAnswers} and reports changes.
 */
final class QaScoreForm {

	private final ScrolledComposite scroller;
	private final Composite content;
	private final Label title;
	private final Composite criteria;
	private final Label score;
	private final Label detail;
	private final Text comment;
	private final Text reviewer;
	private final Label message;
	private final Color critical;
	private final ValueFormat format;
	private final List<Button[]> choices = new ArrayList<>();
	private Optional<QaAnswers> answers = Optional.empty();
	private Consumer<QaAnswers> changed = a -> {
	};

	QaScoreForm(Composite parent, ValueFormat format, Consumer<Composite> buttons) {
		this.format = format;
		critical = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		// the criteria beside the comment, the score beside the buttons: the whole form fits the upper half of a
		// 1366x768 window while the timeline takes the lower one
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 8;
		layout.marginHeight = 2;
		layout.horizontalSpacing = 16;
		content.setLayout(layout);
		scroller.setContent(content);
		scroller.addListener(SWT.Resize, e -> fit());

		title = new Label(content, SWT.WRAP);
		title.setFont(JFaceResources.getBannerFont());
		GridData titleData = new GridData(SWT.FILL, SWT.TOP, true, false);
		titleData.horizontalSpan = 2;
		title.setLayoutData(titleData);
		title.setData(DashboardView.WIDGET_KEY, "qa.form.title");
		title.setText(Messages.Qa_noSelection);

		criteria = new Composite(content, SWT.NONE);
		GridLayout grid = new GridLayout(4, false);
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		grid.horizontalSpacing = 10;
		grid.verticalSpacing = 1;
		criteria.setLayout(grid);
		criteria.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));

		Composite side = new Composite(content, SWT.NONE);
		GridLayout sideLayout = new GridLayout(2, false);
		sideLayout.marginWidth = 0;
		sideLayout.marginHeight = 0;
		side.setLayout(sideLayout);
		side.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Label commentLabel = new Label(side, SWT.NONE);
		commentLabel.setText(Messages.Qa_comment);
		commentLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		comment = new Text(side, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
		GridData commentData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		commentData.minimumHeight = 40;
		commentData.widthHint = 160;
		comment.setLayoutData(commentData);
		comment.setTextLimit(org.carelens.reports.core.QaReview.MAX_COMMENT);
		comment.setData(DashboardView.WIDGET_KEY, "qa.form.comment");
		new Label(side, SWT.NONE).setText(Messages.Qa_reviewer);
		reviewer = new Text(side, SWT.BORDER);
		reviewer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		reviewer.setData(DashboardView.WIDGET_KEY, "qa.form.reviewer");
		message = new Label(side, SWT.WRAP);
		GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		messageData.widthHint = 160;
		message.setLayoutData(messageData);
		message.setData(DashboardView.WIDGET_KEY, "qa.message");

		Composite row = new Composite(content, SWT.NONE);
		GridData rowData = new GridData(SWT.FILL, SWT.TOP, true, false);
		rowData.horizontalSpan = 2;
		row.setLayoutData(rowData);
		GridLayout rowLayout = new GridLayout(1, false);
		rowLayout.marginWidth = 0;
		rowLayout.marginHeight = 0;
		row.setLayout(rowLayout);
		buttons.accept(row); // first: the buttons stay where they are while the score's text changes
		score = new Label(row, SWT.NONE);
		score.setFont(JFaceResources.getHeaderFont());
		GridData scoreData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		scoreData.horizontalIndent = 16;
		score.setLayoutData(scoreData);
		score.setData(DashboardView.WIDGET_KEY, "qa.form.score");
		// what qualifies the score wraps beside it rather than running out of the form
		detail = new Label(row, SWT.WRAP);
		GridData detailData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		detailData.widthHint = 120;
		detail.setLayoutData(detailData);
		rowLayout.numColumns = row.getChildren().length;
		setEnabled(false);
	}

	Control control() {
		return scroller;
	}

	void onChange(Consumer<QaAnswers> listener) {
		changed = listener;
	}

	/** Shows {@code shown} for the conversation {@code heading}, or nothing to score. */
	void show(String heading, Optional<QaAnswers> shown) {
		answers = shown;
		title.setText(heading);
		for (Control child : criteria.getChildren()) {
			child.dispose();
		}
		choices.clear();
		shown.ifPresent(this::build);
		setEnabled(shown.isPresent());
		update();
	}

	private void build(QaAnswers shown) {
		for (QaCriterion criterion : shown.scorecard().criteria()) {
			Label name = new Label(criteria, SWT.WRAP);
			GridData nameData = new GridData(SWT.FILL, SWT.CENTER, true, false);
			nameData.widthHint = 250;
			name.setLayoutData(nameData);
			name.setText(criterion.name());
			Label weight = new Label(criteria, SWT.RIGHT);
			weight.setText(NLS.bind(Messages.Qa_points, format.points(criterion.weight())));
			weight.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
			Label mark = new Label(criteria, SWT.NONE);
			mark.setText(criterion.critical() ? Messages.Qa_critical : "");
			mark.setToolTipText(criterion.critical() ? Messages.Qa_criticalHint : null);
			mark.setForeground(critical);
			mark.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
			Composite answer = new Composite(criteria, SWT.NONE);
			GridLayout answerLayout = new GridLayout(2, false);
			answerLayout.marginHeight = 0;
			answer.setLayout(answerLayout);
			Button pass = radio(answer, Messages.Qa_pass, criterion.key(), true);
			Button fail = radio(answer, Messages.Qa_fail, criterion.key(), false);
			shown.answer(criterion.key()).ifPresent(p -> (p ? pass : fail).setSelection(true));
			choices.add(new Button[] { pass, fail });
		}
	}

	private Button radio(Composite parent, String text, String key, boolean passes) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		button.setData(DashboardView.WIDGET_KEY, "qa.form." + key + (passes ? ".pass" : ".fail"));
		button.addListener(SWT.Selection, e -> {
			if (button.getSelection() && answers.isPresent()) {
				answers = Optional.of(answers.get().with(key, passes));
				update();
				changed.accept(answers.get());
			}
		});
		return button;
	}

	private void update() {
		if (answers.isEmpty()) {
			score.setText("");
			detail.setText("");
		} else {
			QaAnswers shown = answers.get();
			score.setText(NLS.bind(Messages.Qa_score, format.points(shown.score())));
			List<String> notes = new ArrayList<>();
			if (!shown.criticalFailed().isEmpty()) {
				notes.add(NLS.bind(Messages.Qa_scoreCritical, format.points(shown.points())));
			}
			int open = shown.unanswered().size();
			if (open > 0) {
				notes.add(NLS.bind(Messages.Qa_scoreOpen, format.count(open)));
			}
			detail.setText(String.join("  \u00b7  ", notes));
			Color colour = shown.criticalFailed().isEmpty() ? null : critical;
			score.setForeground(colour);
			detail.setForeground(colour);
		}
		content.layout(true, true);
		fit();
	}

	private void setEnabled(boolean enabled) {
		comment.setEnabled(enabled);
		if (!enabled) {
			comment.setText("");
		}
	}

	private void fit() {
		scroller.setMinSize(content.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
	}

	Optional<QaAnswers> answers() {
		return answers;
	}

	String comment() {
		return comment.getText();
	}

	void clearComment() {
		comment.setText("");
	}

	String reviewer() {
		return reviewer.getText();
	}

	void setReviewer(String name) {
		reviewer.setText(name);
	}

	/** Answers {@code criterion} as a person clicking its button would, for tests. */
	void answer(String criterion, boolean passes) {
		QaAnswers shown = answers.orElseThrow();
		int index = shown.scorecard().criteria().stream().map(QaCriterion::key).toList().indexOf(criterion);
		Button button = choices.get(index)[passes ? 0 : 1];
		choices.get(index)[passes ? 1 : 0].setSelection(false);
		button.setSelection(true);
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	void setComment(String text) {
		comment.setText(text);
	}

	/** Shows a word under the comment: saved, or why not (in red). */
	void showMessage(String text, boolean problem) {
		message.setText(text);
		message.setForeground(problem ? critical : null);
		content.layout(true, true);
		fit();
	}

	String message() {
		return message.getText();
	}

	String scoreText() {
		return score.getText() + " " + detail.getText();
	}
}
