import subprocess

from django.db import connection
from rest_framework import generics, serializers, viewsets
from rest_framework.decorators import action, api_view
from rest_framework.response import Response
from rest_framework.views import APIView


class ReportSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=50)


class ReportView(APIView):
    def get(self, request, report_id):
        with connection.cursor() as cursor:
            cursor.execute("SELECT body FROM reports WHERE id = '%s'" % report_id)  # want: T89
            return Response({"body": cursor.fetchone()})

    def post(self, request, report_id):
        serializer = ReportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        subprocess.run("render-report " + serializer.validated_data["name"], shell=True)  # want: T78
        return Response({"ok": True})


@api_view(["GET"])
def search(request):
    term = request.query_params.get("q", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM reports WHERE name LIKE %s", ["%" + term + "%"])
        return Response({"ids": cursor.fetchall()})


class ExportViewSet(viewsets.ViewSet):
    def list(self, request):
        fmt = request.query_params.get("format", "csv")
        subprocess.run(["export", "--format", fmt])
        return Response({"ok": True})

    @action(detail=False, methods=["post"])
    def run(self, request):
        subprocess.run("export --format " + request.data["format"], shell=True)  # want: T78
        return Response({"ok": True})


class ReportList(generics.ListAPIView):
    serializer_class = ReportSerializer

    def get_queryset(self):
        owner = self.request.query_params.get("owner", "")
        with connection.cursor() as cursor:
            cursor.execute("SELECT id, name FROM reports WHERE owner = '%s'" % owner)  # want: T89
            return cursor.fetchall()
