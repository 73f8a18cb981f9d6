from django import forms


class ContactForm(forms.Form):
    subject = forms.CharField(max_length=100)
    message = forms.CharField(widget=forms.Textarea)


class ShellSafeField(forms.CharField):
    def validate(self, value):
        super().validate(value)
        import subprocess

        subprocess.run("check-name " + value, shell=True)  # want: T78
        subprocess.run(["check-name", "--", value])
